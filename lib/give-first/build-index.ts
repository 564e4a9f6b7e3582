import type { Contact } from '../schemas/contact';
import type { Opportunity, Resource } from '../schemas/library';
import { labelTerms } from './normalise';

/** Term → ids, in two flavours: whole labels, and single significant words. */
export interface TermIndex {
  phrase: Map<string, number[]>;
  word: Map<string, number[]>;
}

/**
 * Everything the engine looks up, built once from the whole address book and
 * reused for every contact (the panel, the Friday routine, the dashboard):
 * a suggestion for one person then costs a few map lookups instead of a scan
 * of 100,000 contacts and 10,000 resources.
 */
export interface GiveFirstIndex {
  contacts: Map<number, Contact>;
  resources: Map<number, Resource>;
  opportunities: Map<number, Opportunity>;
  resourcesByTag: TermIndex;
  contactsByOffer: TermIndex;
  contactsByNeed: TermIndex;
  /** Only opportunities the user passed on: those are the ones to recommend someone for. */
  passedByTag: TermIndex;
}

function emptyTermIndex(): TermIndex {
  return { phrase: new Map(), word: new Map() };
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  // Records arrive in id order from the database; skip a duplicate from two labels of one record.
  else if (list[list.length - 1] !== id) list.push(id);
}

function add(index: TermIndex, labels: readonly string[], id: number): void {
  for (const label of labels) {
    const { phrase, words } = labelTerms(label);
    if (!phrase) continue;
    push(index.phrase, phrase, id);
    for (const w of words) push(index.word, w, id);
  }
}

/** Ascending ids make every lookup deterministic, whatever order the records came in. */
function sortLists(index: TermIndex): void {
  for (const map of [index.phrase, index.word]) {
    for (const list of map.values()) {
      list.sort((a, b) => a - b);
      for (let i = list.length - 1; i > 0; i--) if (list[i] === list[i - 1]) list.splice(i, 1);
    }
  }
}

/**
 * Build the lookup tables. Records without an id (not stored yet) are skipped.
 * Cost is linear in the number of labels; rebuild it when the tables change
 * (a `useLiveQuery` does that naturally).
 */
export function buildGiveFirstIndex(
  contacts: readonly Contact[],
  resources: readonly Resource[],
  opportunities: readonly Opportunity[],
): GiveFirstIndex {
  const index: GiveFirstIndex = {
    contacts: new Map(),
    resources: new Map(),
    opportunities: new Map(),
    resourcesByTag: emptyTermIndex(),
    contactsByOffer: emptyTermIndex(),
    contactsByNeed: emptyTermIndex(),
    passedByTag: emptyTermIndex(),
  };
  for (const c of contacts) {
    if (c.id === undefined) continue;
    index.contacts.set(c.id, c);
    add(index.contactsByOffer, c.offers, c.id);
    add(index.contactsByNeed, c.needs, c.id);
  }
  for (const r of resources) {
    if (r.id === undefined) continue;
    index.resources.set(r.id, r);
    add(index.resourcesByTag, r.tags, r.id);
  }
  for (const o of opportunities) {
    if (o.id === undefined) continue;
    index.opportunities.set(o.id, o);
    if (o.status === 'passed') add(index.passedByTag, o.tags, o.id);
  }
  for (const t of [index.resourcesByTag, index.contactsByOffer, index.contactsByNeed, index.passedByTag]) {
    sortLists(t);
  }
  return index;
}
