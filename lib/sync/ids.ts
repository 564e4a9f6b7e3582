import type { GuildDatabase } from '../db/database';
import { RECORD_SCHEMA_VERSION, type SyncDoc } from './doc';
import { directStore, type FoldStore } from './fold-store';
import { refOf, type SyncRecord } from './local-state';
import { TABLE_SPECS, type SyncedTable } from './tables';
import { localClock } from './tracker';
import { referencedIds, type IdMap } from './translate';

type LocalId = number | string;

export function emptyDoc(table: SyncedTable, syncId: string): SyncDoc {
  return { schema: RECORD_SCHEMA_VERSION, table, id: syncId, fields: {} };
}

/** The sync bookkeeping of a local record, if it has any. */
export function mappingOf(db: GuildDatabase, table: SyncedTable, localId: LocalId) {
  return db.syncRecords.where('[table+localId]').equals([table, localId]).first();
}

/**
 * The bookkeeping of a local record, created when missing (with its natural
 * sync id when it has one and no other record holds it, else a random one).
 * A new mapping is also noted as a change, so the record gets folded.
 */
export async function ensureMapped(
  db: GuildDatabase,
  table: SyncedTable,
  localId: LocalId,
  known?: Record<string, unknown>,
  store: FoldStore = directStore(db),
): Promise<SyncRecord | undefined> {
  const existing = await store.mapping(table, localId);
  if (existing) return existing;
  const record = known ?? (await store.row(table, localId));
  if (!record) return undefined;
  const natural = TABLE_SPECS[table].naturalId?.(record);
  let syncId: string = crypto.randomUUID();
  if (natural !== undefined) {
    const taken = await store.record(refOf(table, natural));
    if (taken && taken.localId === undefined && taken.parked !== 'newer') {
      // The same thing arrived from another device (or was deleted here): this record is it.
      const adopted: SyncRecord = { ...taken, localId };
      delete adopted.parked;
      await store.putRecord(adopted);
      await store.putChange({ table, localId, t: localClock.tick() });
      return adopted;
    }
    if (!taken) syncId = natural;
  }
  const created: SyncRecord = {
    ref: refOf(table, syncId),
    table,
    syncId,
    localId,
    doc: emptyDoc(table, syncId),
    pending: 0,
    edits: {},
  };
  await store.putRecord(created, true);
  if (!(await store.change(table, localId))) {
    await store.putChange({ table, localId, t: localClock.tick() });
  }
  return created;
}

/**
 * The id look-ups one record needs: sync ids of the local records it refers
 * to (mapped on the way), and local ids of the records its document refers to.
 */
export async function idMapFor(
  db: GuildDatabase,
  table: SyncedTable,
  local: Record<string, unknown> | undefined,
  docValues: Record<string, unknown> | undefined,
  store: FoldStore = directStore(db),
): Promise<IdMap> {
  const toSync = new Map<string, string>();
  const toLocal = new Map<string, LocalId>();
  for (const { table: t, id } of local ? referencedIds(table, local) : []) {
    if (typeof id !== 'number' && typeof id !== 'string') continue;
    const rec = await ensureMapped(db, t, id, undefined, store);
    if (rec) toSync.set(`${t}/${id}`, rec.syncId);
  }
  for (const { table: t, id } of docValues ? referencedIds(table, docValues) : []) {
    if (typeof id !== 'string') continue;
    const rec = await store.record(refOf(t, id));
    if (rec?.localId !== undefined && !rec.parked) toLocal.set(refOf(t, id), rec.localId);
  }
  return {
    syncIdOf: (t, id) => toSync.get(`${t}/${id}`),
    localIdOf: (t, syncId) => toLocal.get(refOf(t, syncId)),
  };
}

/** A document's field values (without clocks). */
export function valuesOf(doc: SyncDoc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(doc.fields)) if (field.v !== undefined) out[name] = field.v;
  return out;
}
