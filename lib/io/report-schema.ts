import * as z from 'zod/mini';

/**
 * The character encodings imported files really come in: LinkedIn writes
 * UTF-8 without a BOM; a spreadsheet re-save adds a BOM, or writes
 * Windows-1252 (French or German Excel); LinkedIn's 2018 archive wrote some
 * files as UTF-16LE with a BOM.
 */
export const TextEncodingSchema = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);
export type TextEncodingName = z.infer<typeof TextEncodingSchema>;

/**
 * The shape every import reports problems in (Connections.csv and the
 * archive's files alike). A problem carries a reason code and the data it is
 * about, never an English sentence: the dashboard words it in the user's
 * language (`problemText` in components/dashboard/data).
 */
export const ProblemReasonSchema = z.enum([
  // The whole file is refused (severity 'refused', no row).
  'no-header',
  'too-large',
  'cut-off',
  // A row is skipped.
  'no-name',
  'duplicate',
  'ambiguous-match',
  'invalid',
  // Imported, with something to know.
  'bad-url',
  'homonym',
  'garbled',
  // Said once per file: dates left empty.
  'bad-dates',
  'ambiguous-dates',
]);
export type ProblemReason = z.infer<typeof ProblemReasonSchema>;

export const ImportProblemSchema = z.object({
  /** The row in the file (1 = first line, as a spreadsheet shows it); absent when it is the whole file's. */
  row: z.optional(z.number()),
  severity: z.enum(['refused', 'skipped', 'warning']),
  reason: ProblemReasonSchema,
  /** What the problem is about, as found in the file (a URL, an unreadable date, a name, a size): data, not words. */
  detail: z.string(),
  /** How many rows a file-level problem covers. */
  count: z.optional(z.number()),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** What a file said about itself before any row was read. */
export const FileFactsSchema = z.object({
  /** The character encoding the file was read in. */
  encoding: z.optional(TextEncodingSchema),
  /** It began with a byte-order mark (a spreadsheet re-saved it). */
  bom: z.optional(z.boolean()),
});
export type FileFacts = z.infer<typeof FileFactsSchema>;
