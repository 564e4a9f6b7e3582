import { describe, expect, test } from 'vitest';
import { buildContact, type GuildDatabase } from '@/lib/db';
import { readRaw } from './v1-sample';
import { createAtVersion, openUpgraded, useMigrationNames } from './migration-fixture';

const createV2Database = (name: string, contacts: ReturnType<typeof buildContact>[]) =>
  createAtVersion(name, 2, (v2: GuildDatabase) => v2.contacts.bulkAdd(contacts));

describe('migration 3: needs and offers indexes', () => {
  const fresh = useMigrationNames();

  test('a v2 database keeps every record exactly, and the new indexes find them', async () => {
    const name = fresh();
    const contacts = [
      buildContact({ name: 'Ada', needs: ['Rust mentor'], offers: ['Code review'] }, 1),
      buildContact({ name: 'Bo', offers: ['Rust mentor'] }, 2),
      buildContact({ name: 'Cy' }, 3),
    ];
    await createV2Database(name, contacts);
    const before = (await readRaw(name, 'contacts')).rows;

    const db = await openUpgraded(name);
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
    const db = await openUpgraded(name);
    expect(await db.contacts.count()).toBe(0);
    db.close();
  });
});
