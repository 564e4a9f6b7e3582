import { lazy, Suspense } from 'react';
import { t } from '@/lib/i18n';
import type { EditableFact } from './contact-edits';
import { ADD_LABEL } from './fact-labels';

// The give-first card (engine, feedback, message composer) loads after the
// contact card's first paint: it is the heaviest part of the panel.
const GiveFirstPanel = lazy(() =>
  import('../give-first/GiveFirstPanel').then((m) => ({ default: m.GiveFirstPanel })),
);

/** What give-first matches: with none of it, there is nothing to suggest. */
const MATCHED = ['interests', 'projects', 'needs', 'offers'] as const;

/**
 * One thing to give this person now, with its reason, "another idea",
 * done / later / dismiss and the message to send: the give-first team's
 * drop-in card (`components/give-first/GiveFirstPanel`), live from the database.
 * With `onAdd`, an empty card offers to fill what give-first matches right
 * there (the panel's facts in place, the dashboard's form), and
 * `resourcesHref` to add a resource: in a new tab from the panel, in the same
 * page when `resourcesHere` (the dashboard, where the resources section is).
 */
export function GiveFirstSuggestion({
  contactId,
  onAdd,
  resourcesHref,
  resourcesHere = false,
}: {
  contactId: number;
  onAdd?: (fact: EditableFact) => void;
  resourcesHref?: string;
  resourcesHere?: boolean;
}) {
  const emptyActions = onAdd && (
    <div className="actions" data-testid="give-first-empty-actions">
      {MATCHED.map((fact) => (
        <button key={fact} type="button" className="link-button" onClick={() => onAdd(fact)}>
          {t(ADD_LABEL[fact])}
        </button>
      ))}
      {resourcesHref &&
        (resourcesHere ? (
          <a className="button-link" href={resourcesHref}>
            {t('giveFirstAddResourceHere')}
          </a>
        ) : (
          <a className="button-link" href={resourcesHref} target="_blank" rel="noopener">
            {t('giveFirstAddResource')}
          </a>
        ))}
    </div>
  );
  return (
    <div data-testid="give-first">
      <Suspense fallback={null}>
        <GiveFirstPanel contactId={contactId} emptyActions={emptyActions} />
      </Suspense>
    </div>
  );
}
