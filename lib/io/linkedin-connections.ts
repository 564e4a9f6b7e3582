import Papa from 'papaparse';
import * as z from 'zod/mini';
import { ProfileRefSchema } from '../profiles/site';
import { prose, withoutUndefined } from '../schemas/common';
import { dayColumn } from './dates';
import { decodeBytes, isGarbled } from './decode';
import { linkedInProfileOf } from './profile-cell';
import { refusal, type FileFacts, type ImportProblem } from './report';

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

export type { ImportProblem } from './report';

export interface ParsedConnections extends FileFacts {
  rows: ConnectionRow[];
  problems: ImportProblem[];
}

/** Far above the largest real export (30,000 connections ≈ 5 MB). */
const MAX_FILE_SIZE = 10_000_000;

/** The whole file is refused: nothing to import, one reason for the whole file. */
const refused = (problem: ImportProblem, facts: FileFacts = {}): ParsedConnections => ({
  ...facts,
  rows: [],
  problems: [problem],
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
 * Given the file's bytes, it detects their encoding (UTF-8, UTF-16, or
 * Windows-1252 from a spreadsheet) and says which it used.
 */
export function parseConnections(file: FileInput): ParsedConnections {
  const steps = parseSteps(file);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, giving the page a breath every few hundred rows, so that a
 * 30,000-row export never freezes the dashboard (the UI calls this one).
 */
export async function parseConnectionsInSlices(file: FileInput): Promise<ParsedConnections> {
  const steps = parseSteps(file);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Rows checked between two breaths. */
const SLICE_ROWS = 500;

/** A file's bytes (the encoding is detected) or text already decoded. */
export type FileInput = string | Uint8Array | ArrayBuffer;

function* parseSteps(file: FileInput): Generator<void, ParsedConnections> {
  // LinkedIn caps connections at 30,000 (a few MB of CSV): a far larger file is not an
  // export, and reading it in one go would freeze the page for seconds.
  const size = typeof file === 'string' ? file.length : file.byteLength;
  if (size > MAX_FILE_SIZE) return refused(refusal('too-large', String(Math.round(size / 1e6))));
  const facts: FileFacts = {};
  let text: string;
  if (typeof file === 'string') text = file.replace(/^\uFEFF/, '');
  else {
    const decoded = decodeBytes(file);
    text = decoded.text;
    Object.assign(facts, { encoding: decoded.encoding, bom: decoded.bom });
  }
  const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: false });
  // A quoted cell that never closes: the file was cut off (an interrupted download);
  // importing it would store its last row half-read.
  const open = errors.find((e) => e.code === 'MissingQuotes');
  if (open) return refused(refusal('cut-off', String((open.row ?? 0) + 1)), facts);
  yield; // Papa Parse ran in one go; the row checks that follow cost more.
  const headerIndex = data.findIndex((cells) =>
    cells.some((cell) => clean(cell).toLowerCase() === 'first name'),
  );
  if (headerIndex < 0) return refused(refusal('no-header'), facts);
  const columns = columnIndexes(data[headerIndex]!);
  const cell = (cells: string[], column: Column) => {
    const index = columns[column];
    return index === undefined ? '' : clean(cells[index]);
  };
  const body = data.slice(headerIndex + 1);
  // The day/month order of numeric dates is the whole column's, decided before any row is read.
  const dates = dayColumn(body.map((cells) => cell(cells, 'connectedOn')));
  const unreadable: string[] = [];
  let ambiguous = 0;
  const problems: ImportProblem[] = [];
  const rows: ConnectionRow[] = [];
  const firstRowOf = new Map<string, number>();

  for (const [offset, cells] of body.entries()) {
    // A breath for the page every few hundred rows (see parseConnectionsInSlices).
    if (offset > 0 && offset % SLICE_ROWS === 0) yield;
    const row = headerIndex + offset + 2;
    if (cells.every((c) => clean(c) === '')) continue;
    const name = `${cell(cells, 'firstName')} ${cell(cells, 'lastName')}`.trim();
    const url = cell(cells, 'url');
    if (!name) {
      problems.push({ row, severity: 'skipped', reason: 'no-name', detail: url });
      continue;
    }
    const found = linkedInProfileOf(url);
    if (found === 'not-a-profile')
      problems.push({ row, severity: 'warning', reason: 'bad-url', detail: url });
    const linkedIn = typeof found === 'string' ? undefined : found;
    if (linkedIn) {
      const first = firstRowOf.get(linkedIn.key);
      if (first !== undefined) {
        problems.push({ row, severity: 'skipped', reason: 'duplicate', detail: String(first) });
        continue;
      }
      firstRowOf.set(linkedIn.key, row);
    }
    if (isGarbled(name)) problems.push({ row, severity: 'warning', reason: 'garbled', detail: name });
    const date = dates.read(cell(cells, 'connectedOn'));
    if (!date.ok && date.why === 'unreadable') unreadable.push(cell(cells, 'connectedOn'));
    if (!date.ok && date.why === 'ambiguous') ambiguous += 1;
    const parsed = ConnectionRowSchema.safeParse(
      withoutUndefined({
        row,
        name: name.slice(0, 200),
        profile: linkedIn,
        email: optional(cell(cells, 'email'), 320),
        company: optional(cell(cells, 'company'), 200),
        position: optional(cell(cells, 'position'), 200),
        connectedOn: date.ok ? date.day : undefined,
      }),
    );
    if (parsed.success) rows.push(parsed.data);
    else problems.push({ row, severity: 'skipped', reason: 'invalid', detail: name });
  }
  // Dates are reported once per file: a re-saved export has thousands of them, all alike.
  if (unreadable.length)
    problems.push({
      severity: 'warning',
      reason: 'bad-dates',
      detail: unreadable[0]!,
      count: unreadable.length,
    });
  if (ambiguous)
    problems.push({ severity: 'warning', reason: 'ambiguous-dates', detail: '', count: ambiguous });
  return { ...facts, rows, problems };
}
