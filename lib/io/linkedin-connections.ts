import Papa from 'papaparse';
import * as z from 'zod/mini';
import { ProfileRefSchema } from '../profiles/site';
import { prose, withoutUndefined } from '../schemas/common';
import { dayColumn } from './dates';
import { CsvStream } from './archive/csv-stream';
import { Pacer } from './pacer';
import { decodeBytes, decodeInPieces, isGarbled } from './decode';
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
  const size = sizeOf(file);
  if (size > MAX_FILE_SIZE) return tooLarge(size);
  const facts: FileFacts = {};
  let pieces: string[];
  if (typeof file === 'string') pieces = [file.replace(/^\uFEFF/, '')];
  else {
    const decoded = decodeBytes(file);
    pieces = [decoded.text];
    Object.assign(facts, { encoding: decoded.encoding, bom: decoded.bom });
  }
  const data: string[][] = [];
  const csv = new CsvStream((cells) => data.push(cells), delimiterOf(pieces), true);
  for (const piece of pieces) csv.push(piece);
  if (!csv.end()) return refused(refusal('cut-off', String(csv.cutOffRecord)), facts);
  const steps = rowSteps(data, facts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, never holding the page for long: the bytes are decoded, split
 * into records and checked slice by slice, with a breath for the page
 * whenever a slice has run its few milliseconds (the UI and the archive
 * import call this one; a 30,000-row export never freezes the dashboard).
 */
export async function parseConnectionsInSlices(
  file: FileInput,
  pacer = new Pacer(),
): Promise<ParsedConnections> {
  const size = sizeOf(file);
  if (size > MAX_FILE_SIZE) return tooLarge(size);
  const facts: FileFacts = {};
  let pieces: string[];
  if (typeof file === 'string') pieces = [file.replace(/^\uFEFF/, '')];
  else {
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
    const decoded = await decodeInPieces([bytes], () => pacer.breathe());
    pieces = decoded.pieces;
    Object.assign(facts, { encoding: decoded.encoding, bom: decoded.bom });
  }
  const data: string[][] = [];
  const csv = new CsvStream((cells) => data.push(cells), delimiterOf(pieces), true);
  for (const [i, piece] of pieces.entries()) {
    pieces[i] = ''; // let go once read
    for (let at = 0; at < piece.length; at += PUSH_CHARS) {
      csv.push(piece.slice(at, at + PUSH_CHARS));
      await pacer.breathe();
    }
  }
  if (!csv.end()) return refused(refusal('cut-off', String(csv.cutOffRecord)), facts);
  const steps = rowSteps(data, facts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pacer.breathe();
  }
}

/** Rows checked between two chances to breathe. */
const SLICE_ROWS = 100;

/** Characters handed to the CSV reader at a time (about a millisecond of work). */
const PUSH_CHARS = 64 * 1024;

/** A file's bytes (the encoding is detected) or text already decoded. */
export type FileInput = string | Uint8Array | ArrayBuffer;

const sizeOf = (file: FileInput) => (typeof file === 'string' ? file.length : file.byteLength);

// LinkedIn caps connections at 30,000 (a few MB of CSV): a far larger file is not an
// export, and reading it would hold the page for seconds.
const tooLarge = (size: number) => refused(refusal('too-large', String(Math.round(size / 1e6))));

/**
 * The file's delimiter as Papa Parse guesses it (`,`; `;` or TAB in
 * spreadsheet re-saves) from its first rows: only the head of the text is
 * given to it, the whole file is read by the push-mode reader.
 */
function delimiterOf(pieces: readonly string[]): string {
  let head = '';
  for (const piece of pieces) {
    head += piece.slice(0, HEAD_CHARS - head.length);
    if (head.length >= HEAD_CHARS) break;
  }
  if (head.length >= HEAD_CHARS) {
    const lastBreak = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
    if (lastBreak > 0) head = head.slice(0, lastBreak);
  }
  const delimiter = Papa.parse<string[]>(head, { preview: 10 }).meta.delimiter;
  return delimiter || ',';
}

/** Enough text for Papa Parse's guess, which looks at the first 10 rows. */
const HEAD_CHARS = 64 * 1024;

function* rowSteps(data: string[][], facts: FileFacts): Generator<void, ParsedConnections> {
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
    // A chance to breathe for the page (see parseConnectionsInSlices).
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
