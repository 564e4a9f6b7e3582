import { describe, expect, test } from 'vitest';
import { buildContact, LATEST_VERSION } from '@/lib/db';
import { defaultSettings } from '@/lib/schemas/settings';
import { readRaw } from './v1-sample';
import { createAtVersion, openUpgraded, useMigrationNames } from './migration-fixture';

/** A database exactly as version 6, the last before sync, left it. */
const createPreSyncDatabase = (name: string, contacts: ReturnType<typeof buildContact>[]) =>
  createAtVersion(name, 6, async (old) => {
    await old.contacts.bulkAdd(contacts);
    await old.settings.put({ ...defaultSettings(), routineTime: '07:30' });
  });

describe('migration 7: sync bookkeeping tables', () => {
  const fresh = useMigrationNames();

  test('every record is kept exactly; the sync tables exist, empty (sync stays off)', async () => {
    const name = fresh();
    await createPreSyncDatabase(name, [buildContact({ name: 'Ada' }, 1), buildContact({ name: 'Bo' }, 2)]);
    const contacts = (await readRaw(name, 'contacts')).rows;
    const settings = (await readRaw(name, 'settings')).rows;

    const db = await openUpgraded(name);
    expect(await db.contacts.toArray()).toEqual(contacts);
    expect(await db.settings.toArray()).toEqual(settings);
    expect(await db.syncRecords.count()).toBe(0);
    expect(await db.syncChanges.count()).toBe(0);
    expect(await db.syncState.count()).toBe(0);
    db.close();
    expect((await readRaw(name, 'contacts')).version).toBe(LATEST_VERSION);
  });

  test('nothing to do: an empty database opens at version 7', async () => {
    const name = fresh();
    await createPreSyncDatabase(name, []);
    const db = await openUpgraded(name);
    expect(await db.contacts.count()).toBe(0);
    db.close();
  });
});
