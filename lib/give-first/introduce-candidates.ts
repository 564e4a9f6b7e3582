import type { Contact } from '../schemas/contact';
import type { GiveFirstIndex } from './build-index';
import type { HistorySummary } from './history';
import { fitOf, matchLabels, type Match } from './match';
import type { Candidate } from './types';

const PER_KIND = 3;

/**
 * Introduce them to someone: their needs meet another person's offers, or
 * their offers meet another's needs (both ways add up). Never themselves,
 * never someone they were already introduced to, in either direction.
 */
export function introduceCandidates(
  contact: Contact,
  history: HistorySummary,
  index: GiveFirstIndex,
): Candidate[] {
  const needMet = matchLabels(index.contactsByOffer, contact.needs);
  const offerWanted = matchLabels(index.contactsByNeed, contact.offers);
  const skip = (id: number) => id === contact.id || history.introducedTo.has(id);
  const combined = new Map<number, { weight: number; need?: Match; offer?: Match }>();
  for (const m of needMet.values()) if (!skip(m.id)) combined.set(m.id, { weight: m.weight, need: m });
  for (const m of offerWanted.values()) {
    if (skip(m.id)) continue;
    const c = combined.get(m.id);
    if (c) {
      c.weight += m.weight;
      c.offer = m;
    } else combined.set(m.id, { weight: m.weight, offer: m });
  }
  const ranked = [...combined.entries()].sort((a, b) => b[1].weight - a[1].weight || a[0] - b[0]);
  return ranked.slice(0, PER_KIND).map(([id, c]) => {
    const name = index.contacts.get(id)?.name ?? '';
    // Their need is the stronger reason to act, so it is named first when both hold.
    const part = c.need
      ? { code: 'they-need' as const, label: c.need.label, name }
      : { code: 'they-offer' as const, label: c.offer?.label ?? '', name };
    return {
      key: `introduce:contact:${id}`,
      kind: 'introduce',
      fit: fitOf(c.weight),
      refs: { otherContactId: id, matched: part.label },
      fitPart: part,
    };
  });
}
