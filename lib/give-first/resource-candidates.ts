import type { Contact } from '../schemas/contact';
import type { GiveFirstIndex } from './build-index';
import type { HistorySummary } from './history';
import { fitOf, matchLabels, topMatches } from './match';
import type { Candidate, ReasonPart } from './types';

/** A handful per kind is plenty for "another idea"; more only costs time. */
const PER_KIND = 3;

/**
 * Share a resource: its tags meet the person's interests, projects or recent
 * conversation topics. Resources already given to them are left out.
 */
export function shareCandidates(
  contact: Contact,
  history: HistorySummary,
  index: GiveFirstIndex,
): Candidate[] {
  const origin = new Map<string, ReasonPart['code']>();
  // The first category a label appears in names it in the reason: interests say the most.
  for (const l of contact.interests) if (!origin.has(l)) origin.set(l, 'interest');
  for (const l of contact.projects) if (!origin.has(l)) origin.set(l, 'project');
  for (const l of history.topics) if (!origin.has(l)) origin.set(l, 'topic');
  const matches = matchLabels(index.resourcesByTag, [...origin.keys()]);
  return topMatches(matches, PER_KIND, (id) => !history.givenResources.has(id)).map((m) => ({
    key: `share:resource:${m.id}`,
    kind: 'share',
    fit: fitOf(m.weight),
    refs: {
      resourceId: m.id,
      matched: m.label,
      ...(origin.get(m.label) === 'project' ? { project: m.label } : {}),
    },
    fitPart: { code: origin.get(m.label) ?? 'interest', label: m.label },
  }));
}

/**
 * Recommend them for an opportunity the user passed on, when its tags meet
 * what they are into or offer. Never the one they brought to the user.
 */
export function recommendCandidates(contact: Contact, index: GiveFirstIndex): Candidate[] {
  const labels = [...contact.interests, ...contact.offers, ...contact.tags];
  if (contact.position) labels.push(contact.position);
  const matches = matchLabels(index.passedByTag, labels);
  const keep = (id: number) => index.opportunities.get(id)?.sourceContactId !== contact.id;
  return topMatches(matches, PER_KIND, keep).map((m) => {
    const o = index.opportunities.get(m.id);
    return {
      key: `recommend:opportunity:${m.id}`,
      kind: 'recommend',
      fit: fitOf(m.weight),
      refs: { opportunityId: m.id, matched: m.label },
      fitPart: { code: 'opportunity', label: o?.title ?? o?.kind ?? '', name: m.label },
    };
  });
}
