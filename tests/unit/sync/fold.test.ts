import { afterEach, describe, expect, test } from 'vitest';
import { buildContact, deleteContact, editContact, GuildDatabase, logInteraction } from '@/lib/db';
import { foldAll, foldChange, noteEverything, syncScope } from '@/lib/sync/fold';
import { valuesOf } from '@/lib/sync/ids';
import { SYNC_ON } from './sync-on';
import { SYNCED_TABLES, type SyncedTable } from '@/lib/sync/tables';
import { saved } from '../db/db-fixture';
import { freshDbName } from '../helpers';

/** The fold as it was before batching: one change, one request at a time. */
async function foldOneByOne(db: GuildDatabase) {
  for (let round = 0; round < 1000; round += 1) {
    const changes = await db.syncChanges.toArray();
    if (changes.length === 0) return;
    changes.sort(
      (a, b) => SYNCED_TABLES.indexOf(a.table as SyncedTable) - SYNCED_TABLES.indexOf(b.table as SyncedTable),
    );
    let progressed = false;
    await db.transaction('rw', syncScope(db), async () => {
      for (const change of changes) {
        const still = await db.syncChanges.get([change.table, change.localId]);
        if (!still) continue;
        await foldChange(db, still);
        if (!(await db.syncChanges.get([change.table, change.localId]))) progressed = true;
      }
    });
    if (!progressed) return;
  }
}

/** Sync bookkeeping without what differs from run to run (random sync ids, clocks). */
async function shape(db: GuildDatabase) {
  const recs = await db.syncRecords.toArray();
  const local = (r: (typeof recs)[number]) =>
    `${r.table}#${String(r.localId ?? (r.syncId.startsWith('profile:') ? r.syncId : 'gone'))}`;
  const name = new Map(recs.map((r) => [r.syncId, local(r)]));
  const rename = (v: unknown): unknown => (typeof v === 'string' ? (name.get(v) ?? v) : v);
  return recs
    .map((r) => ({
      of: local(r),
      natural: r.syncId.startsWith('profile:') ? r.syncId : undefined,
      values: JSON.parse(
        JSON.stringify(valuesOf(r.doc), (k, v: unknown) =>
          // updatedAt: the wall clock of the save, not the same in the two runs.
          k === 'updatedAt' ? undefined : Array.isArray(v) ? v.map(rename) : rename(v),
        ),
      ) as unknown,
      deleted: r.doc.deleted !== undefined,
      pending: r.pending,
      edited: Object.keys(r.edits).sort(),
    }))
    .sort((a, b) => (a.of < b.of ? -1 : a.of > b.of ? 1 : 0));
}

async function scenario(db: GuildDatabase, fold: (db: GuildDatabase) => Promise<unknown>) {
  const ids: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    const id =
      i % 3 === 0
        ? (await saved(db, `https://www.linkedin.com/in/person-${i}/`, `Person ${i}`)).id
        : ((await db.contacts.add(buildContact({ name: `Person ${i}` }, 1000 + i))) as number);
    ids.push(id);
    await logInteraction(db, { contactId: id, kind: 'call', date: 2000 + i });
  }
  await db.syncState.put(SYNC_ON);
  await noteEverything(db);
  await fold(db);
  const first = await shape(db);
  await editContact(db, ids[1]!, (c) => ({ ...c, notes: 'edited' }));
  await deleteContact(db, ids[2]!);
  const late = (await db.contacts.add(buildContact({ name: 'Late' }, 5000))) as number;
  await logInteraction(db, { contactId: late, kind: 'conversation', date: 6000 });
  await fold(db);
  return { first, second: await shape(db), left: await db.syncChanges.count() };
}

describe('fold in batches', () => {
  const dbs: GuildDatabase[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });

  test('leaves exactly the bookkeeping that folding one change at a time leaves', async () => {
    const batched = new GuildDatabase(freshDbName());
    const single = new GuildDatabase(freshDbName());
    dbs.push(batched, single);
    const a = await scenario(batched, foldAll);
    const b = await scenario(single, foldOneByOne);
    expect(a.left).toBe(0);
    expect(a.first.length).toBeGreaterThanOrEqual(80);
    expect(a).toEqual(b);
  });
});
