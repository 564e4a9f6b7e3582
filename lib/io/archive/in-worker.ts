import type { OnProgress } from '../progress';
import { ArchiveError } from './errors';
import type { ArchiveSummary } from './summary';
import { ARCHIVE_WORKER_PATH, ArchiveWorkerReplySchema, type ArchiveJob } from './worker-protocol';

/** The worker died, never loaded or answered nonsense: nothing was written (its transaction never committed). */
export class ArchiveStoppedError extends Error {
  constructor() {
    super('The archive import stopped before it finished');
    this.name = 'ArchiveStoppedError';
  }
}

/**
 * Import LinkedIn's archive in the extension's worker (entrypoints/archive-worker.ts),
 * so the page never waits on it: the dashboard only hears progress and the
 * summary. All or nothing as in the page: `ArchiveError` when the files are
 * refused (nothing written). Where there is no `Worker` (the component
 * tests' DOM), the same import runs in the page.
 */
export async function importArchiveInWorker(
  files: readonly Blob[],
  names: readonly string[],
  onProgress?: OnProgress,
  now = Date.now(),
): Promise<ArchiveSummary> {
  if (typeof Worker === 'undefined') {
    const [{ getDb }, { importLinkedInArchive, summarize }] = await Promise.all([
      import('../../db'),
      import('./index'),
    ]);
    return summarize(await importLinkedInArchive(getDb(), files, names, onProgress, now));
  }
  const worker = new Worker(ARCHIVE_WORKER_PATH);
  try {
    return await new Promise<ArchiveSummary>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent) => {
        const reply = ArchiveWorkerReplySchema.safeParse(event.data);
        if (!reply.success) return reject(new ArchiveStoppedError());
        const r = reply.data;
        if (r.type === 'progress') onProgress?.(r.progress);
        else if (r.type === 'done') resolve(r.summary);
        else if (r.type === 'refused') reject(new ArchiveError(r.refusal));
        else reject(r.message === undefined ? new ArchiveStoppedError() : new Error(r.message));
      };
      // The script did not load or threw before answering.
      worker.onerror = () => reject(new ArchiveStoppedError());
      const job: ArchiveJob = { files: [...files], names: [...names], now };
      worker.postMessage(job);
    });
  } finally {
    worker.terminate();
  }
}
