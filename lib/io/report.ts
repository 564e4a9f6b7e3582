import type { TextEncodingName } from './decode';

/**
 * The shape every import reports problems in (Connections.csv and the
 * archive's files alike). A problem carries a reason code and the data it is
 * about, never an English sentence: the dashboard words it in the user's
 * language (`problemText` in components/dashboard/data).
 */
export type ProblemReason =
  // The whole file is refused (severity 'refused', no row).
  | 'no-header'
  | 'too-large'
  | 'cut-off'
  // A row is skipped.
  | 'no-name'
  | 'duplicate'
  | 'ambiguous-match'
  | 'invalid'
  // Imported, with something to know.
  | 'bad-url'
  | 'homonym'
  | 'garbled'
  // Said once per file: dates left empty.
  | 'bad-dates'
  | 'ambiguous-dates';

export interface ImportProblem {
  /** The row in the file (1 = first line, as a spreadsheet shows it); absent when it is the whole file's. */
  row?: number;
  severity: 'refused' | 'skipped' | 'warning';
  reason: ProblemReason;
  /** What the problem is about, as found in the file (a URL, an unreadable date, a name, a size): data, not words. */
  detail: string;
  /** How many rows a file-level problem covers. */
  count?: number;
}

/** What a file said about itself before any row was read. */
export interface FileFacts {
  /** The character encoding the file was read in. */
  encoding?: TextEncodingName;
  /** It began with a byte-order mark (a spreadsheet re-saved it). */
  bom?: boolean;
}

/** A problem about the whole file, which refuses it. */
export const refusal = (reason: ProblemReason, detail = ''): ImportProblem => ({
  severity: 'refused',
  reason,
  detail,
});

/** The refusal among a file's problems, if the file was refused. */
export const refusalIn = (problems: readonly ImportProblem[]): ImportProblem | undefined =>
  problems.find((p) => p.severity === 'refused');
