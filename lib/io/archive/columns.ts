import { ArchiveError } from './errors';

/** A row's cells by column name (lower-cased, trimmed); a missing column reads as ''. */
export type Cells = (column: string) => string;

/**
 * Columns by name, never by position (LinkedIn adds columns over the years
 * and some appear only with data). A header lacking a required column is
 * another year's format: the archive is refused, naming the file.
 */
export function columnsOf(file: string, header: readonly string[], required: readonly string[]) {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const name = cell
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase();
    if (!index.has(name)) index.set(name, i);
  });
  const missing = required.filter((name) => !index.has(name));
  if (missing.length) throw new ArchiveError({ code: 'unknown-format', file, missing });
  return {
    has: (column: string) => index.has(column),
    cells:
      (record: readonly string[]): Cells =>
      (column) => {
        const i = index.get(column);
        return i === undefined ? '' : (record[i] ?? '').trim();
      },
  };
}

/** Counts what a file held, for the report; a bad date is reported once per file, with a sample. */
export interface FileTally {
  rows: number;
  used: number;
  badDates: number;
  badDateSample?: string;
}

export const newTally = (): FileTally => ({ rows: 0, used: 0, badDates: 0 });

/** A file with rows but not one readable date is in a pattern Guild does not know: refuse it. */
export function checkDates(file: string, tally: FileTally): void {
  if (tally.rows > 0 && tally.badDates === tally.rows) {
    throw new ArchiveError({ code: 'unknown-dates', file, sample: tally.badDateSample ?? '' });
  }
}

export function noteBadDate(tally: FileTally, text: string): void {
  tally.badDates += 1;
  tally.badDateSample ??= text.slice(0, 60);
}
