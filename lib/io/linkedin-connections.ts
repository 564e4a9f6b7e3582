import Papa from 'papaparse';
import * as z from 'zod/mini';
import { profileFromUrl } from '../profiles/detect';
import { ProfileRefSchema } from '../profiles/site';
import { prose, withoutUndefined } from '../schemas/common';
import { parseConnectedOn } from './connected-on';

/** One connection read from `Connections.csv`, validated. */
export const ConnectionRowSchema = z.object({
  /** The row's number in the file (1 = first line), as a spreadsheet shows it. */
  row: z.number().check(z.int(), z.positive()),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  profile: z.optional(ProfileRefSchema),
  email: z.optional(prose(320)),
  company: z.optional(prose(200)),
  position: z.optional(prose(200)),
  connectedOn: z.optional(z.number()),
});
export type ConnectionRow = z.infer<typeof ConnectionRowSchema>;

/** Why a row was skipped, or what was odd about a row that was kept. */
export interface ImportProblem {
  row: number;
  severity: 'skipped' | 'warning';
  reason: 'no-header' | 'no-name' | 'duplicate' | 'bad-url' | 'bad-date' | 'invalid';
  detail: string;
}

export interface ParsedConnections {
  rows: ConnectionRow[];
  problems: ImportProblem[];
}

/** Far above the largest real export (30,000 connections ≈ 5 MB). */
const MAX_FILE_CHARS = 10_000_000;

/** The whole file is refused: nothing to import, one problem saying why. */
const refused = (detail: string): ParsedConnections => ({
  rows: [],
  problems: [{ row: 1, severity: 'skipped', reason: 'invalid', detail }],
});

/** Column names as LinkedIn writes them, mapped by name, never by position. */
const COLUMNS = {
  firstName: 'first name',
  lastName: 'last name',
  url: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connectedOn: 'connected on',
} as const;
type Column = keyof typeof COLUMNS;

const clean = (cell: string | undefined) => (cell ?? '').replace(/^\uFEFF/, '').trim();
const optional = (text: string, max: number) => (text ? text.slice(0, max) : undefined);

function withScheme(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url.replace(/^\/+/, '')}`;
}

function columnIndexes(header: string[]): Partial<Record<Column, number>> {
  const names = header.map((cell) => clean(cell).toLowerCase());
  const indexes: Partial<Record<Column, number>> = {};
  for (const [key, name] of Object.entries(COLUMNS) as [Column, string][]) {
    const index = names.indexOf(name);
    if (index >= 0) indexes[key] = index;
  }
  return indexes;
}

/**
 * Parse LinkedIn's `Connections.csv` (pure, no database). Accepts a BOM,
 * CRLF, a preamble of any length (the header row is the one whose cell says
 * `First Name`), columns in any order or missing (`URL` in old exports),
 * quoted fields, blank rows and duplicate connections. Rows without a name
 * and repeated profiles are skipped and reported with their row number.
 */
export function parseConnections(text: string): ParsedConnections {
  const steps = parseSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, giving the page a breath every few hundred rows, so that a
 * 30,000-row export never freezes the dashboard (the UI calls this one).
 */
export async function parseConnectionsInSlices(text: string): Promise<ParsedConnections> {
  const steps = parseSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Rows checked between two breaths. */
const SLICE_ROWS = 500;

function* parseSteps(text: string): Generator<void, ParsedConnections> {
  // LinkedIn caps connections at 30,000 (a few MB of CSV): a far larger file is not an
  // export, and parsing it in one go would freeze the page for seconds.
  if (text.length > MAX_FILE_CHARS) {
    const mb = Math.round(text.length / 1e6);
    return refused(
      `the file is ${mb} MB, far more than LinkedIn's Connections.csv (30,000 connections at most)`,
    );
  }
  const { data, errors } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  // A quoted cell that never closes: the file was cut off (an interrupted download);
  // importing it would store its last row half-read.
  const open = errors.find((e) => e.code === 'MissingQuotes');
  if (open)
    return refused(`row ${(open.row ?? 0) + 1} is cut off inside a quoted cell: export the file again`);
  yield; // Papa Parse ran in one go; the row checks that follow cost more.
  const problems: ImportProblem[] = [];
  const headerIndex = data.findIndex((cells) =>
    cells.some((cell) => clean(cell).toLowerCase() === 'first name'),
  );
  if (headerIndex < 0) {
    problems.push({
      row: 1,
      severity: 'skipped',
      reason: 'no-header',
      detail: 'no header row with a "First Name" column: is this LinkedIn\'s Connections.csv?',
    });
    return { rows: [], problems };
  }
  const columns = columnIndexes(data[headerIndex]!);
  const cell = (cells: string[], column: Column) => {
    const index = columns[column];
    return index === undefined ? '' : clean(cells[index]);
  };
  const rows: ConnectionRow[] = [];
  const firstRowOf = new Map<string, number>();

  for (const [offset, cells] of data.slice(headerIndex + 1).entries()) {
    // A breath for the page every few hundred rows (see parseConnectionsInSlices).
    if (offset > 0 && offset % SLICE_ROWS === 0) yield;
    const row = headerIndex + offset + 2;
    if (cells.every((c) => clean(c) === '')) continue;
    const name = `${cell(cells, 'firstName')} ${cell(cells, 'lastName')}`.trim();
    const url = cell(cells, 'url');
    if (!name) {
      problems.push({
        row,
        severity: 'skipped',
        reason: 'no-name',
        detail: url ? `no name for ${url}` : 'no name',
      });
      continue;
    }
    const profile = url ? profileFromUrl(withScheme(url)) : undefined;
    if (url && profile?.site !== 'linkedin') {
      problems.push({
        row,
        severity: 'warning',
        reason: 'bad-url',
        detail: `not a LinkedIn profile URL: ${url}`,
      });
    }
    const linkedIn = profile?.site === 'linkedin' ? profile : undefined;
    if (linkedIn) {
      const first = firstRowOf.get(linkedIn.key);
      if (first !== undefined) {
        problems.push({
          row,
          severity: 'skipped',
          reason: 'duplicate',
          detail: `same connection as row ${first}`,
        });
        continue;
      }
      firstRowOf.set(linkedIn.key, row);
    }
    const dateText = cell(cells, 'connectedOn');
    const connectedOn = dateText ? parseConnectedOn(dateText) : undefined;
    if (dateText && connectedOn === undefined) {
      problems.push({ row, severity: 'warning', reason: 'bad-date', detail: `unreadable date: ${dateText}` });
    }
    const parsed = ConnectionRowSchema.safeParse(
      withoutUndefined({
        row,
        name: name.slice(0, 200),
        profile: linkedIn,
        email: optional(cell(cells, 'email'), 320),
        company: optional(cell(cells, 'company'), 200),
        position: optional(cell(cells, 'position'), 200),
        connectedOn,
      }),
    );
    if (parsed.success) rows.push(parsed.data);
    else
      problems.push({ row, severity: 'skipped', reason: 'invalid', detail: z.prettifyError(parsed.error) });
  }
  return { rows, problems };
}
