import type { ContactEntry } from './entry';
import { runQuery, termsOf, type ContactFilter, type QueryContext } from './query';

/** Results kept for going back (Backspace) without a full pass; each is an array of references. */
const CACHED_QUERIES = 24;

/**
 * Search-as-you-type over the index, cheaper than one full pass per
 * keystroke: typing one more letter can only narrow the results, so the new
 * query runs over the previous results (already in order); erasing returns
 * results remembered for that text. Anything else about the query (index
 * version, sort, filters) must be in `scope`: a new scope starts afresh.
 */
export class SearchSession {
  private scope = '';
  private last: { text: string; rows: ContactEntry[] } | undefined;
  private readonly remembered = new Map<string, ContactEntry[]>();

  run(
    ordered: readonly ContactEntry[],
    filter: ContactFilter,
    ctx: QueryContext,
    descending: boolean,
    scope: string,
    masks?: Int32Array,
  ): ContactEntry[] {
    if (scope !== this.scope) {
      this.scope = scope;
      this.last = undefined;
      this.remembered.clear();
    }
    const text = termsOf(filter.text).join(' ');
    let rows = this.remembered.get(text);
    if (!rows) {
      // Every match of "rust en" also matches "rust e": search only among those,
      // and only for the terms they are not already known to contain.
      const last = this.last;
      // Over half the index still matching: a masked full pass reads less than the previous results.
      const large = masks !== undefined && last !== undefined && last.rows.length * 2 > ordered.length;
      if (last && !large && text.startsWith(last.text)) {
        const known = new Set(termsOf(last.text));
        const fresh = termsOf(text).filter((term) => !known.has(term));
        rows = fresh.length ? runQuery(last.rows, { text: fresh.join(' ') }, ctx) : last.rows;
      } else rows = runQuery(ordered, filter, ctx, descending, masks);
      this.remember(text, rows);
    }
    this.last = { text, rows };
    return rows;
  }

  private remember(text: string, rows: ContactEntry[]): void {
    this.remembered.delete(text);
    this.remembered.set(text, rows);
    if (this.remembered.size > CACHED_QUERIES) this.remembered.delete(this.remembered.keys().next().value!);
  }
}
