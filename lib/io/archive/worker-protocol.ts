import * as z from 'zod/mini';
import { ArchiveRefusalSchema } from './errors';
import { ArchiveSummarySchema } from './summary';

/** Where the import's worker is in the extension (built from entrypoints/archive-worker.ts). */
export const ARCHIVE_WORKER_PATH = '/archive-worker.js';

/** The page asks the worker to import the dropped files (Blobs are shared with the worker, not copied). */
export const ArchiveJobSchema = z.object({
  files: z.array(z.instanceof(Blob)).check(z.minLength(1)),
  names: z.array(z.string()),
  now: z.number(),
});
export type ArchiveJob = z.infer<typeof ArchiveJobSchema>;

/** What the worker says back: progress, then one of done, refused (nothing written) or failed. */
export const ArchiveWorkerReplySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    progress: z.object({ phase: z.string(), done: z.number(), total: z.number() }),
  }),
  z.object({ type: z.literal('done'), summary: ArchiveSummarySchema }),
  z.object({ type: z.literal('refused'), refusal: ArchiveRefusalSchema }),
  /** `message`: the error as it was thrown; none when the job itself was unreadable. */
  z.object({ type: z.literal('failed'), message: z.optional(z.string()) }),
]);
export type ArchiveWorkerReply = z.infer<typeof ArchiveWorkerReplySchema>;
