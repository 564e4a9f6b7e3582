import { afterEach, describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { buildContact, DATABASE_VERSIONS, GuildDatabase, LATEST_VERSION, openDatabase } from '@/lib/db';
import { freshDbName } from '../../helpers';
import { readRaw } from './v1-sample';

const BEFORE_SYNC = DATABASE_VERSIONS.filter((v) => v.version < 7);

/** A database exactly as the last version before sync left it. */
async function createPreSyncDatabase(
  name: string,
  contacts: ReturnType<typeof buildContact>[],
): Promise<void> {
  const old = new GuildDatabase(name, { versions: BEFORE_SYNC });
  await old.open();
  await old.contacts.bulkAdd(contacts);
  await old.settings.put({
    ...(await import('@/lib/schemas/settings')).defaultSettings(),
    routineTime: '07:30',
  });
  old.close();
}

describe('migration 7: sync bookkeeping tables', () => {
  const names: string[] = [];
  const fresh = () => {
    const name = freshDbName();
    names.push(name);
    return name;
  };
  afterEach(async () => {
    await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
  });

  test('every record is kept exactly; the sync tables exist, empty (sync stays off)', async () => {
    const name = fresh();
    await createPreSyncDatabase(name, [buildContact({ name: 'Ada' }, 1), buildContact({ name: 'Bo' }, 2)]);
    const contacts = (await readRaw(name, 'contacts')).rows;
    const settings = (await readRaw(name, 'settings')).rows;

    const db = new GuildDatabase(name);
    expect((await openDatabase(db)).ok).toBe(true);
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
    const db = new GuildDatabase(name);
    expect((await openDatabase(db)).ok).toBe(true);
    expect(await db.contacts.count()).toBe(0);
    db.close();
  });
});
