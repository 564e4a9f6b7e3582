/**
 * Runs inside a real Chromium extension page (Guild's dashboard origin),
 * bundled (through `in-page/entry.ts`) by `main.ts` and evaluated through
 * the DevTools protocol: the repository and io functions against Chromium's
 * own IndexedDB. Uses its own database names; Guild's `guild` database is
 * never touched.
 */
import { DATABASE_VERSIONS, GuildDatabase, TABLE_NAMES, findByProfileKey } from '../../lib/db';
import { importConnections, parseConnectionsInSlices } from '../../lib/io/linkedin-import';
import { createBackup, serializeBackupInParts } from '../../lib/io/backup';
import { chunks } from '../../lib/io/progress';
import { benchContacts } from './in-page/bench-contacts';
import { rawRewrite } from './in-page/raw-idb';
import { restoreAsDashboard } from './in-page/restore';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A LinkedIn export of `n` connections, shaped like the real one (preamble, CRLF, quoted cells). */
function connectionsCsv(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const company = i % 7 === 0 ? `"Studio ${i}, SARL"` : `Company ${i % 500}`;
    return `First${i},Last${i},https://www.linkedin.com/in/person-${i},,${company},Engineer,${1 + (i % 28)} ${MONTHS[i % 12]} 20${10 + (i % 15)}`;
  });
  return ['\uFEFFNotes:', '"When exporting your connection data…"', '', HEADER, ...rows].join('\r\n');
}

/** An empty database; `without`: declared without that version (to measure what one version changes). */
async function fresh(name: string, without?: number): Promise<GuildDatabase> {
  const versions = without === undefined ? undefined : DATABASE_VERSIONS.filter((v) => v.version !== without);
  const db = new GuildDatabase(name, versions ? { versions } : {});
  await db.delete();
  await db.open();
  return db;
}

async function seed(db: GuildDatabase, n: number): Promise<void> {
  const contacts = benchContacts(n);
  for (const chunk of chunks(contacts, 2000)) await db.contacts.bulkAdd(chunk);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

/**
 * Parse and import `n` LinkedIn rows into an empty database; then the same file again.
 * The phases' start and end (`performance.now()`) let long tasks be put down to one of them.
 * `without`: the database declared without that version (default: every version).
 */
async function importBench(n: number, without?: number) {
  const db = await fresh('guild-bench-import', without);
  const text = connectionsCsv(n);
  const parseStart = performance.now();
  // What the dashboard does: parse in slices, yielding to the page between them.
  const parsed = await parseConnectionsInSlices(text);
  const importStart = performance.now();
  const report = await importConnections(db, parsed);
  const importEnd = performance.now();
  const again = await importConnections(db, await parseConnectionsInSlices(text));
  const reimportEnd = performance.now();
  const count = await db.contacts.count();
  db.close();
  return {
    rows: n,
    parseMs: importStart - parseStart,
    importMs: importEnd - importStart,
    added: report.added.length,
    reimportMs: reimportEnd - importEnd,
    unchanged: again.unchanged.length,
    count,
    parseStart,
    importStart,
    importEnd,
    reimportEnd,
  };
}

/** Seed `n` contacts, then time profile-key look-ups (hits and misses). */
async function lookupBench(n: number, samples: number) {
  const db = await fresh('guild-bench-big');
  let t0 = performance.now();
  await seed(db, n);
  const seedMs = performance.now() - t0;
  for (let i = 0; i < 20; i += 1) await findByProfileKey(db, `linkedin:person-${i}`);
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < samples; i += 1) {
    const id = Math.floor(Math.random() * n * 1.1); // ~10% misses
    t0 = performance.now();
    const found = await findByProfileKey(db, `linkedin:person-${id}`);
    times.push(performance.now() - t0);
    if (found) hits += 1;
  }
  db.close();
  return { contacts: n, seedMs, samples, hits, medianMs: median(times), p95Ms: p95(times) };
}

/**
 * Back up database `name` (the seeded one by default) to a backup file's text; then restore that
 * file into an empty database the way the dashboard does when the user chooses it
 * (`restoreAsDashboard`: `BackupRestore.tsx`'s calls); then, as the baseline, the same records
 * written again with raw IndexedDB in one transaction. `marks` (`performance.now()`) put each
 * long task down to a phase.
 */
async function backupBench(name = 'guild-bench-big') {
  const db = new GuildDatabase(name);
  const marks: Record<string, number> = {};
  const mark = (at: string) => {
    marks[at] = performance.now();
  };
  mark('backupStart');
  const backup = await createBackup(db);
  mark('backupEnd');
  // As the dashboard's Download a backup (BackupRestore.tsx): serialised in slices, into a Blob's parts.
  const text = await serializeBackupInParts(backup);
  mark('serializeEnd');
  // What the file input gives the dashboard; made before the restore's clock starts.
  const file = new File(text, 'guild-backup.json', { type: 'application/json' });
  const target = await fresh('guild-bench-restore');
  let progressCalls = 0;
  mark('readStart');
  const result = await restoreAsDashboard(target, file, () => (progressCalls += 1), mark);
  const restored = await target.contacts.count();
  target.close();
  const raw = await rawRewrite('guild-bench-restore', TABLE_NAMES);
  db.close();
  await Promise.all([db.delete(), target.delete(), new GuildDatabase('guild-bench-import').delete()]);
  const between = (from: string, to: string) => (marks[to] ?? NaN) - marks[from]!;
  return {
    contacts: backup.tables.contacts.length,
    backupMs: between('backupStart', 'backupEnd'),
    serializeMs: between('backupEnd', 'serializeEnd'),
    megabytes: file.size / 1e6,
    readMs: between('readStart', 'readEnd'),
    checkMs: between('readEnd', 'checkEnd'),
    undoMs: between('checkEnd', 'undoEnd'),
    writeMs: between('undoEnd', 'writeEnd'),
    restoreMs: between('readStart', 'writeEnd'),
    restoredOk: result.ok,
    restored,
    progressCalls,
    rawRecords: raw.records,
    rawMs: raw.ms,
    marks,
  };
}

(globalThis as unknown as { guildBench: object }).guildBench = { importBench, lookupBench, backupBench };
