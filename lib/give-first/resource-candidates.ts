import type { Contact } from '../schemas/contact';
import type { GiveFirstIndex } from './build-index';
import type { HistorySummary } from './history';
import { accumulate, fitOf, topMatches } from './match';
import { resetScorer } from './scorer';
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
  const labels: string[] = [];
  const origin: ReasonPart['code'][] = [];
  // Listed in the order that says the most, so a tie names an interest before a topic.
  const add = (list: readonly string[], code: ReasonPart['code']) => {
    for (const l of list) {
      if (labels.includes(l)) continue;
      labels.push(l);
      origin.push(code);
    }
  };
  add(contact.interests, 'interest');
  add(contact.projects, 'project');
  add(history.topics, 'topic');
  const { resourceSpace: sp } = index;
  resetScorer(sp.scorer);
  accumulate(sp.scorer, index.resourcesByTag, labels);
  const keep = (slot: number) => !history.givenResources.has(sp.ids[slot]!);
  return topMatches(sp.scorer, PER_KIND, keep).map((m) => {
    const id = sp.ids[m.slot]!;
    const label = labels[m.label] ?? '';
    const code = origin[m.label] ?? 'interest';
    return {
      key: `share:resource:${id}`,
      kind: 'share',
      fit: fitOf(m.weight),
      refs: { resourceId: id, matched: label, ...(code === 'project' ? { project: label } : {}) },
      fitPart: { code, label },
    };
  });
}

/**
 * Recommend them for an opportunity the user passed on, when its tags meet
 * what they are into or offer. Never the one they brought to the user.
 */
export function recommendCandidates(contact: Contact, index: GiveFirstIndex): Candidate[] {
  const labels = [...contact.interests, ...contact.offers, ...contact.tags];
  if (contact.position) labels.push(contact.position);
  const { opportunitySpace: sp } = index;
  resetScorer(sp.scorer);
  accumulate(sp.scorer, index.passedByTag, labels);
  const keep = (slot: number) => sp.records[slot]?.sourceContactId !== contact.id;
  return topMatches(sp.scorer, PER_KIND, keep).map((m) => {
    const o = sp.records[m.slot]!;
    const id = sp.ids[m.slot]!;
    const label = labels[m.label] ?? '';
    return {
      key: `recommend:opportunity:${id}`,
      kind: 'recommend',
      fit: fitOf(m.weight),
      refs: { opportunityId: id, matched: label },
      fitPart: { code: 'opportunity', label: o.title ?? o.kind, name: label },
    };
  });
}
