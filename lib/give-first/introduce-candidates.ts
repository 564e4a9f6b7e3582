import type { Contact } from '../schemas/contact';
import type { GiveFirstIndex } from './build-index';
import type { HistorySummary } from './history';
import { accumulate, fitOf, topMatches } from './match';
import { resetScorer } from './scorer';
import type { Candidate } from './types';

const PER_KIND = 3;

/**
 * Introduce them to someone: their needs meet another person's offers, or
 * their offers meet another's needs (both ways add up on the same person).
 * Never themselves, never someone they were already introduced to, whichever
 * side the introduction was logged on.
 */
export function introduceCandidates(
  contact: Contact,
  history: HistorySummary,
  index: GiveFirstIndex,
): Candidate[] {
  const { contactSpace: sp } = index;
  resetScorer(sp.scorer);
  // Needs first: on a tie, their need is the stronger reason to act, so it is the one named.
  accumulate(sp.scorer, index.contactsByOffer, contact.needs);
  accumulate(sp.scorer, index.contactsByNeed, contact.offers, contact.needs.length);
  const keep = (slot: number) => {
    const id = sp.ids[slot]!;
    return id !== contact.id && !history.introducedTo.has(id);
  };
  return topMatches(sp.scorer, PER_KIND, keep).map((m) => {
    const id = sp.ids[m.slot]!;
    const name = sp.records[m.slot]?.name ?? '';
    const isNeed = m.label < contact.needs.length;
    const label = (isNeed ? contact.needs[m.label] : contact.offers[m.label - contact.needs.length]) ?? '';
    return {
      key: `introduce:contact:${id}`,
      kind: 'introduce',
      fit: fitOf(m.weight),
      refs: { otherContactId: id, matched: label },
      fitPart: { code: isNeed ? 'they-need' : 'they-offer', label, name },
    };
  });
}
