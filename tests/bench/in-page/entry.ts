/**
 * Everything the benchmark runs inside the extension's origin, bundled into
 * one script by `../bundle.ts` and evaluated in an extension page. Exposes
 * `guildBench` (from `db-bench-page.ts`) and `guildBenchMore` on globalThis.
 */
import '../db-bench-page';
import { archiveBench } from './archive';
import { dbOps } from './db-ops';
import { giveFirst } from './give-first';
import { withLongTasks } from './long-tasks';
import { restoreBench } from './restore';
import { seedV1 } from './v1-seed';
import { seedSyncDevice } from './sync-seed';
import { done, openRaw, rawCount, rawRewrite } from './raw-idb';

type Bench = Record<string, (...args: never[]) => Promise<unknown>>;
const guildBench = (globalThis as unknown as { guildBench: Bench }).guildBench;

/** `guildBench`'s import of `n` rows (into a database declared `without` one version, default none), watched for long main-thread tasks. */
function importWatched(n: number, without?: number) {
  return withLongTasks(() => guildBench.importBench!(n as never, without as never));
}

/** `guildBench`'s backup and restore, watched for long main-thread tasks. */
function backupWatched(name: string) {
  return withLongTasks(() => guildBench.backupBench!(name as never));
}

/** How many records a store of a database holds, and the database's IndexedDB version. */
async function countOf(name: string, store: string) {
  const db = await openRaw(name);
  try {
    return { version: db.version, count: await rawCount(db, store) };
  } finally {
    db.close();
  }
}

/** After an upgrade: version, count, and how many contacts have the current shape. */
async function checkUpgraded(name: string) {
  const db = await openRaw(name);
  try {
    const all = (await done(db.transaction('contacts', 'readonly').objectStore('contacts').getAll())) as {
      profileKeys?: unknown;
      circle?: unknown;
    }[];
    const migrated = all.filter(
      (c) => Array.isArray(c.profileKeys) && c.profileKeys.length === 1 && c.circle,
    ).length;
    return { version: db.version, count: all.length, migrated };
  } finally {
    db.close();
  }
}

(globalThis as unknown as { guildBenchMore: object }).guildBenchMore = {
  archiveBench,
  restoreBench,
  checkUpgraded,
  dbOps,
  giveFirst: (c: number, r: number, s: number) => Promise.resolve(giveFirst(c, r, s)),
  importWatched,
  rawRewrite,
  backupWatched,
  seedV1,
  seedSyncDevice,
  countOf,
};
