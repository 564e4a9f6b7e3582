import type { Contact } from '../schemas/contact';
import type { SuggestionState } from '../schemas/feedback';
import type { Interaction } from '../schemas/interaction';
import type { Settings } from '../schemas/settings';
import type { GiveFirstIndex } from './build-index';
import { suggestGiveFirst } from './suggest';
import type { Suggestion, SuggestionKind } from './types';

/** Input of `rankContacts`: the same data as `suggestGiveFirst`, for many people at once. */
export interface RankContactsInput {
  index: GiveFirstIndex;
  /** Which people to consider (default: everyone in the index). */
  contacts?: readonly Contact[];
  /** From `groupInteractions(allInteractions)`. */
  interactionsByContact: Map<number, Interaction[]>;
  states?: readonly SuggestionState[];
  settings: Pick<Settings, 'cadenceDays'>;
  now: number;
  kinds?: readonly SuggestionKind[];
  /** At most this many people (default 5: a routine is ten minutes, not a to-do list). */
  limit?: number;
}

/**
 * The best single idea per person, for the people worth acting on first:
 * the Friday routine ("which resource to share with whom") asks for
 * `kinds: ['share']`, Wednesday's for `['congratulate', 'help']`.
 */
export function rankContacts(input: RankContactsInput): Suggestion[] {
  const byState = new Map<number, SuggestionState[]>();
  for (const s of input.states ?? []) {
    const list = byState.get(s.contactId);
    if (list) list.push(s);
    else byState.set(s.contactId, [s]);
  }
  const best: Suggestion[] = [];
  for (const contact of input.contacts ?? input.index.contacts.values()) {
    if (contact.id === undefined || contact.circle === 'dormant') continue;
    const [top] = suggestGiveFirst({
      contact,
      index: input.index,
      interactions: input.interactionsByContact.get(contact.id) ?? [],
      states: byState.get(contact.id) ?? [],
      settings: input.settings,
      now: input.now,
      ...(input.kinds ? { kinds: input.kinds } : {}),
      limit: 1,
    });
    if (top) best.push(top);
  }
  best.sort((a, b) => b.score - a.score || a.contactId - b.contactId);
  return best.slice(0, input.limit ?? 5);
}
