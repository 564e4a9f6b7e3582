import type { Contact } from '../schemas/contact';
import type { Opportunity, Resource } from '../schemas/library';
import { labelTerms } from './normalise';
import { createScorer, type Scorer } from './scorer';

/**
 * Term → slots, in two flavours: whole labels, and single significant words.
 * A slot is a record's position in its space, records being sorted by id, so
 * "lower slot" means "lower id" and tie-breaks stay stable.
 */
export interface TermIndex {
  phrase: Map<string, Int32Array>;
  word: Map<string, Int32Array>;
}

/** Records of one kind, by slot, with a reusable scorer over them. */
export interface Space<T> {
  ids: Int32Array;
  slotOf: Map<number, number>;
  records: T[];
  scorer: Scorer;
}

/**
 * Everything the engine looks up, built once and reused for every person
 * suggested from it: the Friday routine builds it from the whole address
 * book, the panel a small one per person (`loadGiveFirstIndexFor`), the
 * Resources section one over a resource's candidates (`fitsFor`). A
 * suggestion for one person then costs a few posting-list walks over typed
 * arrays instead of a scan of 100,000 contacts and 10,000 resources.
 */
export interface GiveFirstIndex {
  contacts: Map<number, Contact>;
  resources: Map<number, Resource>;
  opportunities: Map<number, Opportunity>;
  contactSpace: Space<Contact>;
  resourceSpace: Space<Resource>;
  opportunitySpace: Space<Opportunity>;
  resourcesByTag: TermIndex;
  /** Both over `contactSpace`, so a match either way adds up on the same slot. */
  contactsByOffer: TermIndex;
  contactsByNeed: TermIndex;
  /** Only opportunities the user passed on: those are the ones to recommend someone for. */
  passedByTag: TermIndex;
}

/** Word lists longer than this share of the records (and than the minimum) are dropped: see `termIndex`. */
const COMMON_WORD_SHARE = 1 / 32;
const COMMON_WORD_MIN = 100;

function space<T extends { id?: number }>(records: readonly T[]): Space<T> {
  const stored = records.filter((r): r is T & { id: number } => r.id !== undefined);
  stored.sort((a, b) => a.id - b.id);
  const unique = stored.filter((r, i) => i === 0 || stored[i - 1]!.id !== r.id);
  const ids = Int32Array.from(unique, (r) => r.id);
  const slotOf = new Map<number, number>();
  ids.forEach((id, slot) => slotOf.set(id, slot));
  return { ids, slotOf, records: unique, scorer: createScorer(unique.length) };
}

function termIndex<T>(sp: Space<T>, labelsOf: (r: T) => readonly string[] | undefined): TermIndex {
  const phrase = new Map<string, number[]>();
  const word = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, slot: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [slot]);
    // Slots arrive in ascending order: only the last can be a duplicate (two labels of one record).
    else if (list[list.length - 1] !== slot) list.push(slot);
  };
  sp.records.forEach((r, slot) => {
    for (const label of labelsOf(r) ?? []) {
      const t = labelTerms(label);
      if (!t.phrase) continue;
      push(phrase, t.phrase, slot);
      for (const w of t.words) push(word, w, slot);
    }
  });
  const frozen = (m: Map<string, number[]>) => new Map([...m].map(([k, v]) => [k, Int32Array.from(v)]));
  // A word shared by a large share of all records ("testing", "performance" in a big library) says
  // little about fit, like a stopword, and walking its list would dominate the time of every call.
  const cap = Math.max(COMMON_WORD_MIN, Math.floor(sp.records.length * COMMON_WORD_SHARE));
  for (const [w, list] of word) if (list.length > cap) word.delete(w);
  return { phrase: frozen(phrase), word: frozen(word) };
}

/**
 * Build the lookup tables. Records without an id (not stored yet) are skipped.
 * Cost is linear in the number of labels; rebuild it when the tables change
 * (a `useLiveQuery` over them does that naturally).
 */
export function buildGiveFirstIndex(
  contacts: readonly Contact[],
  resources: readonly Resource[],
  opportunities: readonly Opportunity[],
): GiveFirstIndex {
  const contactSpace = space(contacts);
  const resourceSpace = space(resources);
  const opportunitySpace = space(opportunities);
  const byId = <T extends { id?: number }>(sp: Space<T>) => new Map(sp.records.map((r) => [r.id!, r]));
  return {
    contacts: byId(contactSpace),
    resources: byId(resourceSpace),
    opportunities: byId(opportunitySpace),
    contactSpace,
    resourceSpace,
    opportunitySpace,
    resourcesByTag: termIndex(resourceSpace, (r) => r.tags),
    contactsByOffer: termIndex(contactSpace, (c) => c.offers),
    contactsByNeed: termIndex(contactSpace, (c) => c.needs),
    passedByTag: termIndex(opportunitySpace, (o) => (o.status === 'passed' ? o.tags : undefined)),
  };
}
