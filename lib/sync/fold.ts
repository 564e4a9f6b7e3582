import type { GuildDatabase } from '../db/database';
import { isDeleted, lastEdit, type SyncDoc } from './doc';
import { after, formatHlc, maxHlc } from './hlc';
import { BatchStore, directStore, type FoldStore } from './fold-store';
import { ensureMapped, idMapFor, valuesOf } from './ids';
import type { SyncChange, SyncRecord } from './local-state';
import { SYNCED_TABLES, TABLE_SPECS, type SyncedTable } from './tables';
import { localClock } from './tracker';
import { changedFields, toLocalValues, toSyncValues } from './translate';

/** The tables a sync transaction spans: every synced table and sync's own. */
export function syncScope(db: GuildDatabase) {
  return [...SYNCED_TABLES.map((t) => db.table(t)), db.syncRecords, db.syncChanges, db.syncState];
}

/** What this device last agreed the record was, in local space (the base a local edit is measured from). */
async function agreedValues(db: GuildDatabase, rec: SyncRecord, table: SyncedTable, store: FoldStore) {
  const values = valuesOf(rec.doc);
  const ids = await idMapFor(db, table, undefined, values, store);
  return { ...toLocalValues(table, values, ids).values, ...(rec.partial ? rec.appliedRefs : {}) };
}

/**
 * Fold one noted local change into its record's document: the fields that
 * differ from what was last agreed get the change's clock (never earlier than
 * anything the document already holds: the edit was made on top of it). A
 * record gone from its table becomes a tombstone. Runs inside a sync
 * transaction; returns whether the document changed.
 */
export async function foldChange(
  db: GuildDatabase,
  change: SyncChange,
  store: FoldStore = directStore(db),
): Promise<boolean> {
  const table = change.table as SyncedTable;
  const drop = () => store.dropChange(change.table, change.localId);
  const current = await store.row(table, change.localId);
  let rec = await store.mapping(table, change.localId);
  if (!rec && current) rec = await ensureMapped(db, table, change.localId, current, store);
  if (!rec) return drop().then(() => false); // created and deleted before sync saw it
  if (rec.parked === 'newer') return false; // kept until Guild is updated
  const doc: SyncDoc = structuredClone(rec.doc);
  const latest = maxHlc(lastEdit(doc), doc.deleted);
  const t = latest !== undefined && latest >= change.t ? after(latest, localClock.node) : change.t;
  let changed: string[] = [];
  const next: SyncRecord = { ...rec };
  if (!current) {
    if (!isDeleted(doc)) {
      doc.deleted = t;
      changed = ['(deleted)'];
    }
    delete next.localId;
  } else {
    const now = toSyncValues(table, current, await idMapFor(db, table, current, undefined, store));
    const base = await agreedValues(db, rec, table, store);
    const currentFields = { ...current };
    delete currentFields.id;
    // A record that exists here cannot stay a tombstone: every field is (re)stated.
    changed = isDeleted(doc) ? Object.keys(now) : changedFields(table, base, currentFields);
    for (const name of changed) doc.fields[name] = now[name] === undefined ? { t } : { t, v: now[name] };
    if (changed.some((name) => TABLE_SPECS[table].references.some((r) => r.field === name))) {
      delete next.partial;
      delete next.appliedRefs;
    }
  }
  await drop();
  if (changed.length === 0) {
    if (!current) await store.putRecord(next);
    return false;
  }
  next.doc = doc;
  next.pending = 1;
  next.edits = { ...rec.edits };
  for (const name of changed) next.edits[name] ??= rec.doc.fields[name]?.t ?? '';
  await store.putRecord(next);
  return true;
}

const FOLD_CHUNK = 500;

/**
 * Fold every noted local change, a chunk per transaction (a stopped worker
 * keeps the chunks done: their notes are gone, their documents written). A
 * chunk is read with a few bulk requests and written with one bulkPut per
 * table, not a dozen requests per record; nothing but IndexedDB is awaited
 * inside the transaction.
 */
export async function foldAll(db: GuildDatabase): Promise<number> {
  let folded = 0;
  for (let round = 0; round < 1000; round += 1) {
    const changes = await db.syncChanges.limit(FOLD_CHUNK).toArray();
    if (changes.length === 0) break;
    // Referenced tables first, so references find their sync ids already made.
    changes.sort(
      (a, b) => SYNCED_TABLES.indexOf(a.table as SyncedTable) - SYNCED_TABLES.indexOf(b.table as SyncedTable),
    );
    let progressed = false;
    await db.transaction('rw', syncScope(db), async () => {
      const store = new BatchStore(db);
      await store.prefetch(changes);
      for (const change of changes) {
        const still = await store.change(change.table, change.localId);
        if (!still) continue;
        if (await foldChange(db, still, store)) folded += 1;
        if (!(await store.change(change.table, change.localId))) progressed = true;
      }
      await store.flush();
    });
    if (!progressed) break; // only changes to records kept for a newer Guild remain
  }
  return folded;
}

/** A record's own time, for the clock of its first fold (an old record must not beat a newer edit elsewhere). */
function ownTime(record: Record<string, unknown>): number {
  for (const name of ['updatedAt', 'addedAt', 'createdAt', 'date', 'startedAt']) {
    const value = record[name];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return Math.min(value, Date.now());
  }
  return 0;
}

/**
 * Note every record of every synced table as changed: when sync is turned on
 * (or on again), so the whole address book is compared with what was agreed.
 * A record never synced gets its own time as the clock, so turning sync on
 * with data on two devices merges by when things were really edited.
 */
export async function noteEverything(db: GuildDatabase): Promise<number> {
  let noted = 0;
  for (const table of SYNCED_TABLES) {
    const records = (await db.table(table).toArray()) as Record<string, unknown>[];
    const changes = records.map((record) => ({
      table,
      localId: record.id as number | string,
      t: formatHlc({ ms: ownTime(record), counter: 0, node: localClock.node }),
    }));
    await db.syncChanges.bulkPut(changes);
    noted += changes.length;
  }
  return noted;
}
