import { afterEach, describe, expect, test } from 'vitest';
import Dexie from 'dexie';
import { buildContact, DATABASE_VERSIONS, GuildDatabase, openDatabase } from '@/lib/db';
import { freshDbName } from '../../helpers';
import { readRaw } from './v1-sample';

const V2 = DATABASE_VERSIONS.filter((v) => v.version <= 2);

/** A database exactly as version 2 of Guild left it. */
async function createV2Database(name: string, contacts: ReturnType<typeof buildContact>[]): Promise<void> {
  const v2 = new GuildDatabase(name, { versions: V2 });
  await v2.open();
  await v2.contacts.bulkAdd(contacts);
  v2.close();
}

describe('migration 3: needs and offers indexes', () => {
  const names: string[] = [];
  const fresh = () => {
    const name = freshDbName();
    names.push(name);
    return name;
  };
  afterEach(async () => {
    await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
  });

  test('a v2 database keeps every record exactly, and the new indexes find them', async () => {
    const name = fresh();
    const contacts = [
      buildContact({ name: 'Ada', needs: ['Rust mentor'], offers: ['Code review'] }, 1),
      buildContact({ name: 'Bo', offers: ['Rust mentor'] }, 2),
      buildContact({ name: 'Cy' }, 3),
    ];
    await createV2Database(name, contacts);
    const before = (await readRaw(name, 'contacts')).rows;

    const db = new GuildDatabase(name);
    expect((await openDatabase(db)).ok).toBe(true);
    expect(await db.contacts.toArray()).toEqual(before);
    expect((await db.contacts.where('offers').equals('Rust mentor').toArray()).map((c) => c.name)).toEqual([
      'Bo',
    ]);
    const withOffers = await db.contacts.where('offers').aboveOrEqual('').distinct().toArray();
    expect(withOffers.map((c) => c.name).sort()).toEqual(['Ada', 'Bo']);
    db.close();
    expect((await readRaw(name, 'contacts')).version).toBeGreaterThanOrEqual(3);
  });

  test('nothing to do: an empty v2 database becomes an empty v3 database', async () => {
    const name = fresh();
    await createV2Database(name, []);
    const db = new GuildDatabase(name);
    expect((await openDatabase(db)).ok).toBe(true);
    expect(await db.contacts.count()).toBe(0);
    db.close();
  });
});
