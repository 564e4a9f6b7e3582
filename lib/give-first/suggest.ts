import type { Contact } from '../schemas/contact';
import type { SuggestionState } from '../schemas/feedback';
import type { Interaction } from '../schemas/interaction';
import type { Settings } from '../schemas/settings';
import type { GiveFirstIndex } from './build-index';
import { blockedKeys } from './feedback';
import { summariseHistory, type HistorySummary } from './history';
import { introduceCandidates } from './introduce-candidates';
import { congratulateCandidates, helpAndReviewCandidates } from './moment-candidates';
import { scoreOf, timingOf, type Timing } from './ranking';
import { reasonText } from './reason-text';
import { recommendCandidates, shareCandidates } from './resource-candidates';
import type { Candidate, Suggestion, SuggestionKind } from './types';

/** Everything one call needs; all plain data, so the engine runs anywhere (panel, background, tests). */
export interface GiveFirstInput {
  contact: Contact;
  /** From `buildGiveFirstIndex(contacts, resources, opportunities)`, shared across calls. */
  index: GiveFirstIndex;
  /** Interactions involving the person (logged on them, or naming them as `otherContactId`); others are ignored. */
  interactions: readonly Interaction[];
  /** Suggestion feedback; a state whose `until` is in the future keeps its suggestion away. */
  states?: readonly SuggestionState[];
  settings: Pick<Settings, 'cadenceDays'>;
  now: number;
  /** Only these kinds (the Friday routine and the Resources section ask for share). */
  kinds?: readonly SuggestionKind[];
  /** At most this many (default 10). */
  limit?: number;
}

/** On equal scores, the order the guide lists the gifts in, then the key: stable. */
const KIND_ORDER: Record<SuggestionKind, number> = {
  congratulate: 0,
  help: 1,
  share: 2,
  introduce: 3,
  review: 4,
  recommend: 5,
};

/**
 * What the user could give this person now, best first. Pure and
 * deterministic: the same input gives the same list, in the same order.
 *
 * @example
 * const index = buildGiveFirstIndex(contacts, resources, opportunities);
 * const [top, ...others] = suggestGiveFirst({ contact, index, interactions, states, settings, now: Date.now() });
 * top?.reason.en; // "Fits their interest in React performance; you last gave them something 5 months ago."
 */
export function suggestGiveFirst(input: GiveFirstInput): Suggestion[] {
  const { contact, now } = input;
  if (contact.id === undefined) return [];
  const history = summariseHistory(contact.id, input.interactions, now);
  return suggestFrom(
    input as GiveFirstInput & { contact: { id: number } },
    history,
    timingOf(contact, history, input.settings, now),
  );
}

/**
 * `suggestGiveFirst` once the person's history and timing are known, for a
 * caller that already computed them (`rankContacts` bounds people by their timing).
 */
export function suggestFrom(
  input: GiveFirstInput & { contact: { id: number } },
  history: HistorySummary,
  timing: Timing,
): Suggestion[] {
  const { contact, index, now } = input;
  const contactId = contact.id;
  const wanted = (k: SuggestionKind) => !input.kinds || input.kinds.includes(k);
  const candidates: Candidate[] = [];
  if (wanted('congratulate')) candidates.push(...congratulateCandidates(contact, history, now));
  if (wanted('help') || wanted('review')) {
    candidates.push(...helpAndReviewCandidates(contact, history, now).filter((c) => wanted(c.kind)));
  }
  if (wanted('share')) candidates.push(...shareCandidates(contact, history, index));
  if (wanted('introduce')) candidates.push(...introduceCandidates(contact, history, index));
  if (wanted('recommend')) candidates.push(...recommendCandidates(contact, index));

  const blocked = blockedKeys(contactId, input.states ?? [], now);
  const ranked = candidates
    .filter((c) => !blocked.has(c.key))
    .map((c) => ({ c, score: scoreOf(c.fit, timing) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        KIND_ORDER[a.c.kind] - KIND_ORDER[b.c.kind] ||
        (a.c.key < b.c.key ? -1 : a.c.key > b.c.key ? 1 : 0),
    )
    .slice(0, input.limit ?? 10);

  return ranked.map(({ c, score }) => {
    const parts = timing.part ? [c.fitPart, timing.part] : [c.fitPart];
    return {
      key: c.key,
      contactId,
      kind: c.kind,
      score,
      fit: Math.round(c.fit * 100) / 100,
      refs: c.refs,
      parts,
      reason: { en: reasonText(parts, 'en'), fr: reasonText(parts, 'fr') },
    };
  });
}
