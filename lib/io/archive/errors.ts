import * as z from 'zod/mini';
import { ImportProblemSchema } from '../report-schema';

/** Why a whole archive was refused (nothing is written); the UI words each in its language. */
export const ArchiveRefusalSchema = z.discriminatedUnion('code', [
  /** Not a ZIP, and not a CSV either. */
  z.object({ code: z.literal('not-zip') }),
  /**
   * A ZIP whose data cannot be read (damaged or cut-off download), and where:
   * its end record is missing (`end`), a file's data is damaged (`file`), a
   * file stops before its end (`cut-off`), the files inflate past 800 MB
   * (`inflated`), or its structure is unreadable (`data`). The UI words it,
   * never the unzipper's own English.
   */
  z.object({
    code: z.literal('corrupt'),
    damage: z.enum(['end', 'file', 'cut-off', 'inflated', 'data']),
    file: z.optional(z.string()),
  }),
  /** A ZIP (or files) without any file of LinkedIn's archive. */
  z.object({ code: z.literal('not-linkedin') }),
  /** A file of the archive whose columns are not the ones Guild knows (another year's format). */
  z.object({ code: z.literal('unknown-format'), file: z.string(), missing: z.array(z.string()) }),
  /** A file whose dates are all in a pattern Guild does not know. */
  z.object({ code: z.literal('unknown-dates'), file: z.string(), sample: z.string() }),
  /** A quoted cell that never closes: the file was cut off. */
  z.object({ code: z.literal('cut-off'), file: z.string() }),
  /** Connections.csv refused by the connections import (its reason, worded by `problemText`). */
  z.object({ code: z.literal('file-refused'), file: z.string(), problem: ImportProblemSchema }),
  /** Far larger than any real archive. */
  z.object({ code: z.literal('too-large'), megabytes: z.number() }),
]);
export type ArchiveRefusal = z.infer<typeof ArchiveRefusalSchema>;

/** Thrown while reading an archive; caught by the import, which writes nothing. */
export class ArchiveError extends Error {
  constructor(readonly refusal: ArchiveRefusal) {
    super(`LinkedIn archive refused: ${JSON.stringify(refusal)}`);
    this.name = 'ArchiveError';
  }
}
