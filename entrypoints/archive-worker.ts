import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { getDb } from '@/lib/db';
import { ArchiveError, importLinkedInArchive, summarize } from '@/lib/io/archive';
import { ArchiveJobSchema, type ArchiveWorkerReply } from '@/lib/io/archive/worker-protocol';

/**
 * LinkedIn's data archive, imported off the page's main thread. Reading
 * 200,000 messages keeps a large heap alive, and V8's full collections of it
 * took 50–90 ms at a time on the dashboard's thread however finely the work
 * was sliced; in this dedicated worker they pause nobody. The dashboard
 * starts it with `new Worker('/archive-worker.js')` (lib/io/archive/in-worker.ts),
 * sends one job and ends it once the answer has come. Same extension origin,
 * so the same database; the page's live queries hear of the writes through
 * Dexie's cross-context notifications.
 */
export default defineUnlistedScript(() => {
  const post = (reply: ArchiveWorkerReply) => self.postMessage(reply);
  self.onmessage = async (event: MessageEvent) => {
    const job = ArchiveJobSchema.safeParse(event.data);
    if (!job.success) {
      post({ type: 'failed' });
      return;
    }
    const { files, names, now } = job.data;
    try {
      const report = await importLinkedInArchive(
        getDb(),
        files,
        names,
        (progress) => post({ type: 'progress', progress }),
        now,
      );
      post({ type: 'done', summary: summarize(report) });
    } catch (e) {
      if (e instanceof ArchiveError) post({ type: 'refused', refusal: e.refusal });
      else post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      getDb().close();
    }
  };
});
