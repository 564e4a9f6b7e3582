import * as z from 'zod/mini';
import { FileFactsSchema } from '../report-schema';
import { ArchiveFileKindSchema } from './file-kinds';

const count = z.number().check(z.int(), z.nonnegative());

/** What one file of the archive gave. */
export const ArchiveFileReportSchema = z.extend(FileFactsSchema, {
  /** The file's name (without the archive's folders). */
  name: z.string(),
  kind: z.optional(ArchiveFileKindSchema),
  /** `used`; `not-used` (a file Guild has no use for); `duplicate` (the same file twice, second ignored). */
  status: z.enum(['used', 'not-used', 'duplicate']),
  /** Data rows read, and how many of them fed Guild. */
  rows: count,
  used: count,
  /** Rows whose date did not read, with one example (reported once per file). */
  badDates: count,
  badDateSample: z.optional(z.string()),
});
export type ArchiveFileReport = z.infer<typeof ArchiveFileReportSchema>;

/** Added, changed and already-there entries (a second import of the same archive: all unchanged). */
export const EntryCountsSchema = z.object({ added: count, updated: count, unchanged: count });
export type EntryCounts = z.infer<typeof EntryCountsSchema>;

const UnmatchedSchema = z.object({ notAContact: count, ambiguous: count });

/**
 * What importing an archive did, per file and per kind of fact, as the
 * dashboard shows it: Connections.csv by counts, not row by row. This is
 * what the import's worker sends back to the page.
 */
export const ArchiveSummarySchema = z.object({
  files: z.array(ArchiveFileReportSchema),
  connections: z.optional(
    z.extend(FileFactsSchema, { added: count, updated: count, unchanged: count, skipped: count }),
  ),
  /** Timeline entries by what they stand for. */
  entries: z.object({
    messages: EntryCountsSchema,
    invitation: EntryCountsSchema,
    recommendation: EntryCountsSchema,
    endorsement: EntryCountsSchema,
  }),
  /** Messages credited to a contact, and with how many people. */
  messages: z.object({ counted: count, people: count, unattributed: count }),
  unmatched: z.object({
    messages: UnmatchedSchema,
    invitations: UnmatchedSchema,
    recommendations: UnmatchedSchema,
    endorsements: UnmatchedSchema,
  }),
  /** Open invitations in the list after the import (sent by you / waiting for your answer). */
  pending: z.object({ sent: count, received: count }),
  /** Contacts whose last interaction moved forward. */
  lastInteractionsMoved: count,
  /** Open keep-in-touch tasks closed because the archive shows an interaction since they were set. */
  keepInTouchDone: count,
});
export type ArchiveSummary = z.infer<typeof ArchiveSummarySchema>;
