import { buildGiveFirstIndex, labelTerms, suggestGiveFirst } from '@/lib/give-first';
import type { Contact } from '@/lib/schemas/contact';
import type { Interaction } from '@/lib/schemas/interaction';
import type { Resource } from '@/lib/schemas/library';
import type { Settings } from '@/lib/schemas/settings';

/**
 * The give-first index goes from a person to resources. The Resources
 * section asks the other way round (a resource → the people it fits), so it
 * keeps a small inverted index over people's interests and projects, built
 * with the engine's own term normalisation, and lets the engine itself
 * confirm, score and explain each candidate.
 */
export interface PeopleIndex {
  contacts: Map<number, Contact>;
  phrase: Map<string, number[]>;
  word: Map<string, number[]>;
}

/** Candidates the engine then checks: enough for a short list, few enough to stay instant. */
const CANDIDATES = 40;

/** Term → contact ids, over everyone not dormant with interests or projects. Linear in labels. */
export function buildPeopleIndex(contacts: readonly Contact[]): PeopleIndex {
  const index: PeopleIndex = { contacts: new Map(), phrase: new Map(), word: new Map() };
  const push = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (list[list.length - 1] !== id) list.push(id);
  };
  for (const c of contacts) {
    if (c.id === undefined || c.circle === 'dormant') continue;
    index.contacts.set(c.id, c);
    for (const label of [...c.interests, ...c.projects]) {
      const { phrase, words } = labelTerms(label);
      if (!phrase) continue;
      push(index.phrase, phrase, c.id);
      for (const w of words) push(index.word, w, c.id);
    }
  }
  return index;
}

/** People whose labels meet the resource's tags, strongest first (whole tag 1, shared word ½; ties by id). */
export function candidatesFor(
  resource: Pick<Resource, 'tags'>,
  index: PeopleIndex,
  limit = CANDIDATES,
): Contact[] {
  const weight = new Map<number, number>();
  const add = (ids: readonly number[] | undefined, w: number) => {
    for (const id of ids ?? []) weight.set(id, (weight.get(id) ?? 0) + w);
  };
  for (const tag of resource.tags) {
    const { phrase, words } = labelTerms(tag);
    if (!phrase) continue;
    add(index.phrase.get(phrase), 1);
    for (const w of words) add(index.word.get(w), 0.5);
  }
  return [...weight]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .flatMap(([id]) => index.contacts.get(id) ?? []);
}

/** One person a resource fits, with the engine's reason in both languages. */
export interface Fit {
  contact: Contact;
  score: number;
  reason: { en: string; fr: string };
}

/**
 * Ask the give-first engine, person by person, whether sharing this resource
 * is a good idea now: it leaves out people who already received it and
 * weighs timing (owed favours, keep-in-touch due). The index holds only the
 * candidates and this one resource, so each call is a handful of lookups.
 */
export function fitsFor(
  resource: Resource & { id: number },
  candidates: readonly Contact[],
  interactionsOf: (contactId: number) => readonly Interaction[],
  settings: Pick<Settings, 'cadenceDays'>,
  now: number,
  limit = 8,
): Fit[] {
  const index = buildGiveFirstIndex(candidates, [resource], []);
  const fits: Fit[] = [];
  for (const contact of candidates) {
    const [share] = suggestGiveFirst({
      contact,
      index,
      interactions: interactionsOf(contact.id!),
      settings,
      now,
      kinds: ['share'],
      limit: 1,
    });
    if (share?.refs.resourceId === resource.id)
      fits.push({ contact, score: share.score, reason: share.reason });
  }
  return fits.sort((a, b) => b.score - a.score || a.contact.id! - b.contact.id!).slice(0, limit);
}
