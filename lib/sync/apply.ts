import type { GuildDatabase } from '../db/database';
import { isDeleted, type SyncDoc } from './doc';
import { foldChange } from './fold';
import { idMapFor, valuesOf } from './ids';
import { refOf, type SyncRecord } from './local-state';
import { mergeDocs, sameDoc } from './merge';
import { isSyncedTable, TABLE_SPECS, type SyncedTable } from './tables';
import { toLocalValues } from './translate';

export type ApplyOutcome = 'applied' | 'deleted' | 'parked';

function pick(record: Record<string, unknown> | undefined, names: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const name of names) if (record?.[name] !== undefined) out[name] = record[name];
  return out;
}

/**
 * Another local record already holds one of these unique values (the same
 * profile saved separately on two devices under different records): writing
 * would break the unique index and abort the whole transaction.
 */
async function uniqueTaken(
  db: GuildDatabase,
  table: SyncedTable,
  values: Record<string, unknown>,
  localId: unknown,
) {
  for (const field of TABLE_SPECS[table].unique ?? []) {
    const value = values[field];
    const keys = (Array.isArray(value) ? value : value === undefined ? [] : [value]) as string[];
    if (keys.length === 0) continue;
    const holders = await db.table(table).where(field).anyOf(keys).primaryKeys();
    if (holders.some((id) => id !== localId)) return true;
  }
  return false;
}

/**
 * Merge a document into this device and write the result to its table, in
 * the caller's sync transaction. `rev` is the server revision it came with
 * (undefined when re-applying this device's own document). Local changes not
 * yet folded are folded first, so they take part in the merge. The table
 * writes are not local edits: the notes the tracker makes for them are removed.
 */
export async function applyDoc(
  db: GuildDatabase,
  incoming: SyncDoc,
  rev: string | undefined,
): Promise<ApplyOutcome> {
  if (!isSyncedTable(incoming.table)) return 'parked';
  const table: SyncedTable = incoming.table;
  const spec = TABLE_SPECS[table];
  const ref = refOf(table, incoming.id);
  let rec = await db.syncRecords.get(ref);
  if (rec?.localId !== undefined) {
    const change = await db.syncChanges.get([table, rec.localId]);
    if (change && (await foldChange(db, change))) rec = await db.syncRecords.get(ref);
  }
  const fromServer = rev !== undefined;
  const merged = rec ? mergeDocs(rec.doc, incoming, new Map(Object.entries(rec.edits))) : incoming;
  const next: SyncRecord = {
    ...(rec ?? { ref, table, syncId: incoming.id, edits: {}, pending: 0 }),
    doc: merged,
    pending: fromServer ? (sameDoc(merged, incoming) ? 0 : 1) : (rec?.pending ?? 0),
    ...(fromServer && { rev }),
  };
  if (fromServer && next.pending === 0) next.edits = {};
  delete next.parked;
  delete next.partial;
  delete next.appliedRefs;
  const touched = new Set<number | string>();
  let outcome: ApplyOutcome;

  if (isDeleted(merged)) {
    if (next.localId !== undefined) {
      await db.table(table).delete(next.localId);
      touched.add(next.localId);
      delete next.localId;
    }
    outcome = 'deleted';
  } else {
    const values = valuesOf(merged);
    const { values: local, missing } = toLocalValues(
      table,
      values,
      await idMapFor(db, table, undefined, values),
    );
    const localId = next.localId ?? spec.fixedLocalId?.(incoming.id);
    const existing =
      localId !== undefined
        ? ((await db.table(table).get(localId)) as Record<string, unknown> | undefined)
        : undefined;
    const parsed = spec.schema.safeParse({
      ...pick(existing, spec.deviceOnly ?? []),
      ...local,
      ...(localId !== undefined && { id: localId }),
    });
    if (!parsed.success) {
      next.parked = 'invalid';
      outcome = 'parked';
    } else if (await uniqueTaken(db, table, parsed.data, localId)) {
      next.parked = 'duplicate';
      outcome = 'parked';
    } else {
      const written = (await db.table(table).put(parsed.data)) as number | string;
      next.localId = written;
      touched.add(written);
      if (missing.length > 0) {
        next.partial = 1;
        next.appliedRefs = pick(parsed.data, missing);
      }
      outcome = 'applied';
    }
  }
  await db.syncRecords.put(next);
  for (const localId of touched) await db.syncChanges.delete([table, localId]);
  return outcome;
}

/** Apply again the documents written without some references, now that more records may have arrived. */
export async function reapplyPartial(db: GuildDatabase): Promise<number> {
  const partial = await db.syncRecords.where('partial').equals(1).toArray();
  let completed = 0;
  for (const rec of partial) {
    await applyDoc(db, rec.doc, undefined);
    if (!(await db.syncRecords.get(rec.ref))?.partial) completed += 1;
  }
  return completed;
}
