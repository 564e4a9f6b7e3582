import type { GuildDatabase } from '../db/database';
import type { SyncChange, SyncRecord } from './local-state';
import { refOf } from './local-state';
import { TABLE_SPECS, type SyncedTable } from './tables';
import { referencedIds } from './translate';

type LocalId = number | string;
type Row = Record<string, unknown>;

/**
 * The reads and writes folding a change makes, one request at a time
 * (`directStore`) or against a batch read up front and written at its end
 * (`BatchStore`): the same logic either way, so a batch folds exactly as
 * one change after another would.
 */
export interface FoldStore {
  change(table: string, localId: LocalId): Promise<SyncChange | undefined>;
  putChange(change: SyncChange): Promise<void>;
  dropChange(table: string, localId: LocalId): Promise<void>;
  row(table: SyncedTable, localId: LocalId): Promise<Row | undefined>;
  /** The bookkeeping whose `[table+localId]` is this record (the first, as `.first()` would). */
  mapping(table: SyncedTable, localId: LocalId): Promise<SyncRecord | undefined>;
  record(ref: string): Promise<SyncRecord | undefined>;
  /** `isNew`: a record made just now (an `add`: it must not exist yet). */
  putRecord(rec: SyncRecord, isNew?: boolean): Promise<void>;
}

export function directStore(db: GuildDatabase): FoldStore {
  return {
    change: (table, localId) => db.syncChanges.get([table, localId]),
    putChange: async (change) => {
      await db.syncChanges.put(change);
    },
    dropChange: async (table, localId) => {
      await db.syncChanges.delete([table, localId]);
    },
    row: (table, localId) => db.table(table).get(localId) as Promise<Row | undefined>,
    mapping: (table, localId) => db.syncRecords.where('[table+localId]').equals([table, localId]).first(),
    record: (ref) => db.syncRecords.get(ref),
    putRecord: async (rec, isNew) => {
      if (isNew) await db.syncRecords.add(rec);
      else await db.syncRecords.put(rec);
    },
  };
}

/** A key for (table, local id) that keeps 1 and '1' apart. */
function localKey(table: string, localId: LocalId): string {
  return `${table}\u0000${typeof localId}\u0000${String(localId)}`;
}

/**
 * One batch of a fold, inside its transaction: what the batch will read is
 * fetched with a few bulk requests (`prefetch`), anything else is read when
 * asked, and every write is kept (the latest per key) and written with one
 * bulkPut / bulkDelete per table (`flush`) before the transaction ends.
 * Reads see the batch's own writes.
 */
export class BatchStore implements FoldStore {
  /** null: known to be absent. */
  private readonly changes = new Map<string, { key: [string, LocalId]; value: SyncChange | null }>();
  private readonly rows = new Map<string, Row | null>();
  /** (table, local id) → ref of its bookkeeping, null: none. */
  private readonly byLocal = new Map<string, string | null>();
  private readonly byRef = new Map<string, SyncRecord | null>();
  private readonly dirtyChanges = new Set<string>();
  private readonly dirtyRecords = new Set<string>();

  constructor(private readonly db: GuildDatabase) {}

  async change(table: string, localId: LocalId) {
    const key = localKey(table, localId);
    let held = this.changes.get(key);
    if (!held) {
      held = { key: [table, localId], value: (await this.db.syncChanges.get([table, localId])) ?? null };
      this.changes.set(key, held);
    }
    return held.value ?? undefined;
  }

  putChange(change: SyncChange) {
    const key = localKey(change.table, change.localId);
    this.changes.set(key, { key: [change.table, change.localId], value: change });
    this.dirtyChanges.add(key);
    return Promise.resolve();
  }

  dropChange(table: string, localId: LocalId) {
    const key = localKey(table, localId);
    this.changes.set(key, { key: [table, localId], value: null });
    this.dirtyChanges.add(key);
    return Promise.resolve();
  }

  async row(table: SyncedTable, localId: LocalId) {
    const key = localKey(table, localId);
    let held = this.rows.get(key);
    if (held === undefined) {
      held = ((await this.db.table(table).get(localId)) as Row | undefined) ?? null;
      this.rows.set(key, held);
    }
    return held ?? undefined;
  }

  private known(rec: SyncRecord): SyncRecord | undefined {
    const held = this.byRef.get(rec.ref);
    if (held === undefined) {
      this.byRef.set(rec.ref, rec);
      return rec;
    }
    return held ?? undefined;
  }

  private noteMappings(found: SyncRecord[]) {
    for (const rec of found) {
      if (rec.localId === undefined) continue;
      const key = localKey(rec.table, rec.localId);
      if (this.byLocal.has(key)) continue; // the first in index order wins, as with .first()
      const current = this.known(rec);
      if (current && current.table === rec.table && current.localId === rec.localId)
        this.byLocal.set(key, rec.ref);
    }
  }

  async mapping(table: SyncedTable, localId: LocalId) {
    const key = localKey(table, localId);
    if (!this.byLocal.has(key)) {
      const found = await this.db.syncRecords.where('[table+localId]').equals([table, localId]).first();
      if (found) this.noteMappings([found]);
      if (!this.byLocal.has(key)) this.byLocal.set(key, null);
    }
    const ref = this.byLocal.get(key);
    return ref ? (this.byRef.get(ref) ?? undefined) : undefined;
  }

  async record(ref: string) {
    let held = this.byRef.get(ref);
    if (held === undefined) {
      held = (await this.db.syncRecords.get(ref)) ?? null;
      this.byRef.set(ref, held);
    }
    return held ?? undefined;
  }

  putRecord(rec: SyncRecord) {
    const old = this.byRef.get(rec.ref);
    if (old?.localId !== undefined && (old.localId !== rec.localId || old.table !== rec.table)) {
      const oldKey = localKey(old.table, old.localId);
      if (this.byLocal.get(oldKey) === rec.ref) this.byLocal.set(oldKey, null);
    }
    this.byRef.set(rec.ref, rec);
    if (rec.localId !== undefined) this.byLocal.set(localKey(rec.table, rec.localId), rec.ref);
    this.dirtyRecords.add(rec.ref);
    return Promise.resolve();
  }

  /** Read with bulk requests what folding these changes will read (the rest is read when asked). */
  async prefetch(batch: readonly SyncChange[]) {
    const db = this.db;
    const keys = batch.map((c) => [c.table, c.localId] as [string, LocalId]);
    const changes = await db.syncChanges.bulkGet(keys);
    keys.forEach((key, i) => this.changes.set(localKey(key[0], key[1]), { key, value: changes[i] ?? null }));

    const byTable = new Map<SyncedTable, LocalId[]>();
    for (const c of batch) {
      const ids = byTable.get(c.table as SyncedTable) ?? [];
      ids.push(c.localId);
      byTable.set(c.table as SyncedTable, ids);
    }
    const wanted = new Map<SyncedTable, Set<LocalId>>();
    const want = (table: SyncedTable, id: LocalId) => {
      if (this.byLocal.has(localKey(table, id))) return;
      const set = wanted.get(table) ?? new Set<LocalId>();
      set.add(id);
      wanted.set(table, set);
    };
    for (const [table, ids] of byTable) {
      const rows = (await db.table(table).bulkGet(ids)) as (Row | undefined)[];
      ids.forEach((id, i) => {
        const row = rows[i];
        this.rows.set(localKey(table, id), row ?? null);
        want(table, id);
        if (!row) return;
        for (const r of referencedIds(table, row))
          if (typeof r.id === 'number' || typeof r.id === 'string') want(r.table, r.id);
      });
    }
    for (const [table, ids] of wanted) await this.prefetchMappings(table, [...ids]);

    // What the fold reads next: natural ids of records not mapped yet, references of agreed documents.
    const refs = new Set<string>();
    for (const [table, ids] of byTable) {
      for (const id of ids) {
        const row = this.rows.get(localKey(table, id));
        const ref = this.byLocal.get(localKey(table, id));
        if (ref) {
          const rec = this.byRef.get(ref);
          if (!rec) continue;
          const values: Row = {};
          for (const [name, field] of Object.entries(rec.doc.fields))
            if (field.v !== undefined) values[name] = field.v;
          for (const r of referencedIds(table, values))
            if (typeof r.id === 'string') refs.add(refOf(r.table, r.id));
        } else if (row) {
          const natural = TABLE_SPECS[table].naturalId?.(row);
          if (natural !== undefined) refs.add(refOf(table, natural));
        }
      }
    }
    const missing = [...refs].filter((ref) => !this.byRef.has(ref));
    if (missing.length > 0) {
      const found = await db.syncRecords.bulkGet(missing);
      missing.forEach((ref, i) => this.byRef.set(ref, found[i] ?? null));
    }
  }

  private async prefetchMappings(table: SyncedTable, ids: LocalId[]) {
    if (ids.length === 0) return;
    const found = await this.db.syncRecords
      .where('[table+localId]')
      .anyOf(ids.map((id) => [table, id]))
      .toArray();
    this.noteMappings(found);
    for (const id of ids) {
      const key = localKey(table, id);
      if (!this.byLocal.has(key)) this.byLocal.set(key, null);
    }
  }

  /** Write what the batch changed: one bulk request per kind. */
  async flush() {
    const put: SyncChange[] = [];
    const drop: [string, LocalId][] = [];
    for (const key of this.dirtyChanges) {
      const held = this.changes.get(key)!;
      if (held.value) put.push(held.value);
      else drop.push(held.key);
    }
    if (drop.length > 0) await this.db.syncChanges.bulkDelete(drop);
    if (put.length > 0) await this.db.syncChanges.bulkPut(put);
    const records = [...this.dirtyRecords].map((ref) => this.byRef.get(ref)!);
    if (records.length > 0) await this.db.syncRecords.bulkPut(records);
    this.dirtyChanges.clear();
    this.dirtyRecords.clear();
  }
}
