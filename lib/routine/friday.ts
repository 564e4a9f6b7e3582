import { buildGiveFirstIndex, groupInteractions, rankContacts } from '../give-first';
import type { Contact } from '../schemas/contact';
import type { SuggestionState } from '../schemas/feedback';
import type { Interaction } from '../schemas/interaction';
import type { Opportunity, Resource } from '../schemas/library';
import type { Settings } from '../schemas/settings';

/** One Friday suggestion: share this resource with this person, and why. */
export interface FridayPair {
  /** The give-first suggestion's key (`share:resource:12`), for feedback. */
  key: string;
  resource: Resource;
  contact: Contact;
  reason: { en: string; fr: string };
}

export interface FridayInput {
  contacts: readonly Contact[];
  resources: readonly Resource[];
  opportunities: readonly Opportunity[];
  interactions: readonly Interaction[];
  states: readonly SuggestionState[];
  settings: Pick<Settings, 'cadenceDays'>;
  now: number;
}

/** About five pairs: a ten-minute sitting. */
export const FRIDAY_SIZE = 5;

/**
 * Friday: resource → person pairs, from the give-first engine (best "share"
 * idea per person, the people worth acting on first). Pure.
 */
export function fridayPairs(input: FridayInput, size = FRIDAY_SIZE): FridayPair[] {
  const index = buildGiveFirstIndex(input.contacts, input.resources, input.opportunities);
  const ranked = rankContacts({
    index,
    interactionsByContact: groupInteractions(input.interactions),
    states: input.states,
    settings: input.settings,
    now: input.now,
    kinds: ['share'],
    limit: size,
  });
  return ranked.flatMap((s) => {
    const resource = s.refs.resourceId === undefined ? undefined : index.resources.get(s.refs.resourceId);
    const contact = index.contacts.get(s.contactId);
    return resource && contact ? [{ key: s.key, resource, contact, reason: s.reason }] : [];
  });
}
