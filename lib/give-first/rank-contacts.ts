import type { Contact } from '../schemas/contact';
import type { SuggestionState } from '../schemas/feedback';
import type { Interaction } from '../schemas/interaction';
import type { Settings } from '../schemas/settings';
import type { GiveFirstIndex } from './build-index';
import { summariseHistory, type HistorySummary } from './history';
import { scoreOf, timingOf, type Timing } from './ranking';
import { suggestFrom } from './suggest';
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
 * the Friday routine ("which resource to share with whom", its only caller)
 * asks for `kinds: ['share']`. Moment kinds alone (congratulate, help) skip
 * people with neither news nor history.
 *
 * Exact but lazy: a person's timing points are cheap to compute and bound
 * their best possible score (a perfect fit plus their timing), so people are
 * visited from the highest bound down and the walk stops once no one left
 * can beat the current top `limit`. Over a large address book most people
 * are never searched in depth.
 */
export function rankContacts(input: RankContactsInput): Suggestion[] {
  const limit = input.limit ?? 5;
  const byState = new Map<number, SuggestionState[]>();
  for (const s of input.states ?? []) {
    const list = byState.get(s.contactId);
    if (list) list.push(s);
    else byState.set(s.contactId, [s]);
  }
  const queue: {
    contact: Contact & { id: number };
    history: HistorySummary;
    timing: Timing;
    bound: number;
  }[] = [];
  const momentsOnly = input.kinds?.every((k) => k === 'congratulate' || k === 'help') ?? false;
  for (const contact of input.contacts ?? input.index.contacts.values()) {
    if (contact.id === undefined || contact.circle === 'dormant') continue;
    // Congratulations and help need news or a logged moment: without either there is nothing to find.
    if (momentsOnly && contact.news.length === 0 && !input.interactionsByContact.has(contact.id)) continue;
    const history = summariseHistory(
      contact.id,
      input.interactionsByContact.get(contact.id) ?? [],
      input.now,
    );
    const timing = timingOf(contact, history, input.settings, input.now);
    queue.push({ contact: contact as Contact & { id: number }, history, timing, bound: scoreOf(1, timing) });
  }
  queue.sort((a, b) => b.bound - a.bound || a.contact.id - b.contact.id);

  const best: Suggestion[] = [];
  const ahead = (a: { score: number; id: number }, b: Suggestion) =>
    a.score > b.score || (a.score === b.score && a.id < b.contactId);
  for (const { contact, history, timing, bound } of queue) {
    const last = best[limit - 1];
    if (last && !ahead({ score: bound, id: contact.id }, last)) break;
    const [top] = suggestFrom(
      {
        contact,
        index: input.index,
        interactions: input.interactionsByContact.get(contact.id) ?? [],
        states: byState.get(contact.id) ?? [],
        settings: input.settings,
        now: input.now,
        ...(input.kinds ? { kinds: input.kinds } : {}),
        limit: 1,
      },
      history,
      timing,
    );
    if (!top) continue;
    let i = best.length;
    while (i > 0 && ahead({ score: top.score, id: top.contactId }, best[i - 1]!)) i--;
    best.splice(i, 0, top);
    if (best.length > limit) best.pop();
  }
  return best;
}
