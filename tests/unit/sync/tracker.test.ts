import { describe, expect, test } from 'vitest';
import { buildContact, deleteContact, editContact, resources } from '@/lib/db';
import { useFreshDb } from '../db/db-fixture';
import { SYNC_ON } from './sync-on';

describe('change tracking', () => {
  const fixture = useFreshDb();

  test('with sync off, writes leave no trace', async () => {
    const { db } = fixture;
    const id = (await db.contacts.add(buildContact({ name: 'Ada' }, 1))) as number;
    await editContact(db, id, (c) => ({ ...c, notes: 'x' }));
    await deleteContact(db, id);
    expect(await db.syncChanges.count()).toBe(0);
  });

  test('with sync on, every add, edit and delete of a synced table is noted, in any page', async () => {
    const { db } = fixture;
    await db.syncState.put(SYNC_ON);
    const ada = (await db.contacts.add(buildContact({ name: 'Ada' }, 1))) as number;
    const bo = (await db.contacts.add(buildContact({ name: 'Bo' }, 1))) as number;
    const link = await resources.add(db, {
      url: 'https://example.com',
      title: 'Guide',
      tags: [],
      addedAt: 1,
    });
    expect((await db.syncChanges.toArray()).map((c) => [c.table, c.localId])).toEqual([
      ['contacts', ada],
      ['contacts', bo],
      ['resources', link.id],
    ]);
    const first = (await db.syncChanges.get(['contacts', ada]))!.t;
    await editContact(db, ada, (c) => ({ ...c, notes: 'later' }));
    expect((await db.syncChanges.get(['contacts', ada]))!.t > first).toBe(true);
    await db.syncChanges.clear();
    await db.contacts.where('name').equals('Bo').delete();
    await db.resources.clear();
    expect((await db.syncChanges.toArray()).map((c) => [c.table, c.localId])).toEqual([
      ['contacts', bo],
      ['resources', link.id],
    ]);
  });

  test('device logs do not sync and are not noted', async () => {
    const { db } = fixture;
    await db.syncState.put(SYNC_ON);
    await db.copyLogs.add({ at: 1, templateHash: 'h' } as never);
    expect(await db.syncChanges.count()).toBe(0);
  });
});
