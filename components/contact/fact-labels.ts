import type { MessageKey } from '@/lib/i18n';
import type { Circle } from '@/lib/schemas/contact';
import type { EditableFact } from './contact-edits';

/** A circle's name, as the panel says it. */
export const CIRCLE_LABEL: Record<Circle, MessageKey> = {
  close: 'panelCircleClose',
  active: 'panelCircleActive',
  acquaintance: 'panelCircleAcquaintance',
  dormant: 'panelCircleDormant',
};

/** The name of each fact the panel edits in place. */
export const FACT_LABEL: Record<EditableFact, MessageKey> = {
  circle: 'panelCircleLabel',
  tags: 'panelTagsLabel',
  interests: 'personFieldInterests',
  projects: 'personFieldProjects',
  needs: 'personFieldNeeds',
  offers: 'personFieldOffers',
};

/** What the button that opens a fact's editor does, when the fact has a value. */
export const EDIT_LABEL: Record<EditableFact, MessageKey> = {
  circle: 'panelEditCircle',
  tags: 'panelEditTags',
  interests: 'panelEditInterests',
  projects: 'panelEditProjects',
  needs: 'panelEditNeeds',
  offers: 'panelEditOffers',
};

/** …and when it is still empty. */
export const ADD_LABEL: Record<Exclude<EditableFact, 'circle'>, MessageKey> = {
  tags: 'panelAddTags',
  interests: 'panelAddInterests',
  projects: 'panelAddProjects',
  needs: 'panelAddNeeds',
  offers: 'panelAddOffers',
};
