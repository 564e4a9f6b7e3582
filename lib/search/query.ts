import type { Circle } from '../schemas/contact';
import type { Settings } from '../schemas/settings';
import { charMask, fold, type ContactEntry } from './entry';

/** The columns the table sorts by. */
export const SORT_KEYS = ['name', 'company', 'lastInteraction', 'created'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What the user asked the table for: free text and the filters. */
export interface ContactFilter {
  text: string;
  circle?: Circle;
  tag?: string;
  communityId?: number;
  /** Only people whose keep-in-touch date has passed. */
  due?: boolean;
  /** Only people met at this event. */
  eventId?: number;
}

/** What a query needs besides the entries: the clock, cadences, the chosen event's people. */
export interface QueryContext {
  now: number;
  cadence: Settings['cadenceDays'];
  /** The chosen event's `contactIds` (people linked from the event's side). */
  eventContactIds?: ReadonlySet<number>;
}

const DAY = 86_400_000;
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Keep-in-touch is due when the last touch plus the cadence (their own, else
 * their circle's) has passed; dormant people never are. Whole days in UTC:
 * the routine's list shifts by an hour at DST changes, the filter need not.
 */
export function isDue(entry: ContactEntry, cadence: Settings['cadenceDays'], now: number): boolean {
  if (entry.circle === 'dormant') return false;
  const days = entry.cadenceDays ?? cadence[entry.circle];
  return entry.lastTouchAt + days * DAY <= now;
}

/** The comparison that orders entries by a sort key, ascending (missing dates last). */
export function compareBy(key: SortKey): (a: ContactEntry, b: ContactEntry) => number {
  switch (key) {
    case 'name':
      return (a, b) => collator.compare(a.name, b.name) || a.id - b.id;
    case 'company':
      return (a, b) =>
        (a.company ? 0 : 1) - (b.company ? 0 : 1) ||
        collator.compare(a.company, b.company) ||
        collator.compare(a.name, b.name) ||
        a.id - b.id;
    case 'lastInteraction':
      return (a, b) => (b.lastInteractionAt ?? -1) - (a.lastInteractionAt ?? -1) || a.id - b.id;
    case 'created':
      return (a, b) => b.createdAt - a.createdAt || a.id - b.id;
  }
}

/** The search terms of a query: lowercased words, all of which must appear. */
export function termsOf(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

/**
 * One filter, built once per query so the loop does the least per entry: the
 * bits a matching entry's mask must have (`need`), and a predicate for the
 * rest, to call only on entries whose mask has them.
 */
function matcher(
  filter: ContactFilter,
  ctx: QueryContext,
): { need: number; rest: (entry: ContactEntry) => boolean } {
  const terms = termsOf(filter.text);
  const need = charMask(terms.join(''));
  // A one-letter a–z term is decided by the mask alone.
  const search = terms.filter((t) => !/^[a-z]$/.test(t));
  const { circle, tag, communityId, due, eventId } = filter;
  const rest = (e: ContactEntry) => {
    if (circle !== undefined && e.circle !== circle) return false;
    if (tag !== undefined && !e.tags.includes(tag)) return false;
    if (communityId !== undefined && !e.communityIds.includes(communityId)) return false;
    if (eventId !== undefined && e.metAtEventId !== eventId && !ctx.eventContactIds?.has(e.id)) return false;
    if (due && !isDue(e, ctx.cadence, ctx.now)) return false;
    for (const term of search) if (!e.text.includes(term)) return false;
    return true;
  };
  return { need, rest };
}

/**
 * The entries that match, in the order given (already sorted once by the
 * index, so a keystroke costs one pass and no sort); `descending` walks it
 * backwards. `masks`, when given, holds each entry's mask in the same order
 * (`ContactIndex.masks`): entries that cannot match are skipped unread.
 */
export function runQuery(
  ordered: readonly ContactEntry[],
  filter: ContactFilter,
  ctx: QueryContext,
  descending = false,
  masks?: Int32Array,
): ContactEntry[] {
  const { need, rest } = matcher(filter, ctx);
  const aligned = masks !== undefined && masks.length === ordered.length;
  const out: ContactEntry[] = [];
  const n = ordered.length;
  for (let k = 0; k < n; k++) {
    const i = descending ? n - 1 - k : k;
    if (((aligned ? masks[i]! : ordered[i]!.mask) & need) !== need) continue;
    const entry = ordered[i]!;
    if (rest(entry)) out.push(entry);
  }
  return out;
}
