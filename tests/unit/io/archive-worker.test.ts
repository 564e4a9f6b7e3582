import { afterEach, describe, expect, test, vi } from 'vitest';
import { ArchiveError, importLinkedInArchive, summarize } from '@/lib/io/archive';
import { ArchiveStoppedError, importArchiveInWorker } from '@/lib/io/archive/in-worker';
import { getDb } from '@/lib/db';
import type { Progress } from '@/lib/io';
import { ArchiveSummarySchema } from '@/lib/io/archive/summary';
import { ArchiveJobSchema, ArchiveWorkerReplySchema } from '@/lib/io/archive/worker-protocol';
import { buildArchiveZip } from '../../harness/linkedin-archive';
import { useFreshDb } from '../db/db-fixture';

const NOW = Date.UTC(2026, 11, 1, 12);
const zip = () => new Blob([buildArchiveZip() as BlobPart]);

/**
 * A stand-in for the browser's Worker: records what the page sent and
 * answers with the replies a test gives (or fails to load). The real worker
 * runs in the end-to-end tests (Chromium and Firefox).
 */
function fakeWorker(answer: (job: unknown, reply: (data: unknown) => void, fail: () => void) => void) {
  const made: { url: string; job?: unknown; terminated: boolean }[] = [];
  class FakeWorker {
    onmessage?: (event: MessageEvent) => void;
    onerror?: (event: ErrorEvent) => void;
    private readonly record: (typeof made)[number];
    constructor(url: string) {
      this.record = { url, terminated: false };
      made.push(this.record);
    }
    postMessage(job: unknown) {
      this.record.job = job;
      queueMicrotask(() =>
        answer(
          job,
          (data) => this.onmessage?.(new MessageEvent('message', { data })),
          () => this.onerror?.(new ErrorEvent('error', { message: 'boom' })),
        ),
      );
    }
    terminate() {
      this.record.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the archive import in a worker: what crosses between page and worker', () => {
  const fresh = useFreshDb();

  test('the summary is the report with Connections.csv counted, and passes its own schema', async () => {
    const report = await importLinkedInArchive(fresh.db, [zip()], ['archive.zip'], undefined, NOW);
    const summary = summarize(report);
    expect(summary.connections).toEqual({
      encoding: 'utf-8',
      bom: false,
      added: report.connections!.added.length,
      updated: 0,
      unchanged: 0,
      skipped: report.connections!.skipped.length,
    });
    expect(summary.connections!.added).toBe(8);
    expect(summary.entries).toEqual(report.entries);
    expect(summary.files).toEqual(report.files);
    expect(ArchiveSummarySchema.parse(summary)).toEqual(summary);
    // Structured cloning (postMessage) keeps it whole.
    expect(structuredClone(summary)).toEqual(summary);
  });

  test('the schemas refuse what the other side could not have meant', () => {
    expect(ArchiveJobSchema.safeParse({ files: [], names: [], now: NOW }).success).toBe(false);
    expect(ArchiveJobSchema.safeParse({ files: ['a.zip'], names: ['a.zip'], now: NOW }).success).toBe(false);
    expect(ArchiveJobSchema.safeParse({ files: [zip()], names: ['a.zip'], now: NOW }).success).toBe(true);
    expect(ArchiveWorkerReplySchema.safeParse({ type: 'done' }).success).toBe(false);
    expect(ArchiveWorkerReplySchema.safeParse({ type: 'refused', refusal: { code: 'nope' } }).success).toBe(
      false,
    );
    expect(
      ArchiveWorkerReplySchema.safeParse({ type: 'refused', refusal: { code: 'not-zip' } }).success,
    ).toBe(true);
  });

  test('the page sends the files to /archive-worker.js, follows its progress and gets the summary', async () => {
    const report = await importLinkedInArchive(fresh.db, [zip()], ['archive.zip'], undefined, NOW);
    const made = fakeWorker((_job, reply) => {
      reply({ type: 'progress', progress: { phase: 'reading', done: 1, total: 3 } });
      reply({ type: 'done', summary: summarize(report) });
    });
    const seen: Progress[] = [];
    const file = zip();
    const summary = await importArchiveInWorker([file], ['archive.zip'], (p) => seen.push(p), NOW);
    expect(summary).toEqual(summarize(report));
    expect(seen).toEqual([{ phase: 'reading', done: 1, total: 3 }]);
    expect(made).toEqual([
      {
        url: '/archive-worker.js',
        job: { files: [file], names: ['archive.zip'], now: NOW },
        terminated: true,
      },
    ]);
  });

  test('a refusal comes back as the same ArchiveError, and the worker is ended', async () => {
    const made = fakeWorker((_job, reply) =>
      reply({ type: 'refused', refusal: { code: 'corrupt', damage: 'file', file: 'messages.csv' } }),
    );
    const error = await importArchiveInWorker([zip()], ['a.zip'], undefined, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).refusal).toEqual({
      code: 'corrupt',
      damage: 'file',
      file: 'messages.csv',
    });
    expect(made[0]!.terminated).toBe(true);
  });

  test('a worker that fails, answers nonsense or dies is told apart from a refusal', async () => {
    fakeWorker((_job, reply) => reply({ type: 'failed', message: 'QuotaExceededError' }));
    await expect(importArchiveInWorker([zip()], ['a.zip'])).rejects.toThrow('QuotaExceededError');
    fakeWorker((_job, reply) => reply({ type: 'failed' }));
    await expect(importArchiveInWorker([zip()], ['a.zip'])).rejects.toBeInstanceOf(ArchiveStoppedError);
    fakeWorker((_job, reply) => reply({ type: 'done', summary: { files: 'all' } }));
    await expect(importArchiveInWorker([zip()], ['a.zip'])).rejects.toBeInstanceOf(ArchiveStoppedError);
    const made = fakeWorker((_job, _reply, fail) => fail());
    await expect(importArchiveInWorker([zip()], ['a.zip'])).rejects.toBeInstanceOf(ArchiveStoppedError);
    expect(made[0]!.terminated).toBe(true);
  });

  test('without a Worker (a DOM for tests), the same import runs in the page', async () => {
    vi.stubGlobal('Worker', undefined);
    const summary = await importArchiveInWorker([zip()], ['archive.zip'], undefined, NOW);
    expect(summary.connections!.added).toBe(8);
    // Into Guild's own database, as the worker would.
    expect(await getDb().contacts.count()).toBe(8);
    await Promise.all(getDb().tables.map((table) => table.clear()));
  });
});
