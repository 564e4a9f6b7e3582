import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GuildDatabase, countContacts, findByProfileKey, recentContacts, saveFromSnapshot } from '@/lib/db';
import { freshDbName, snapshotOf } from '../helpers';

describe('contacts repository (first slice)', () => {
  let db: GuildDatabase;
  beforeEach(() => {
    db = new GuildDatabase(freshDbName());
  });
  afterEach(async () => {
    await db.delete();
  });

  test('saving a snapshot stores the profile key, name, headline, URL and time', async () => {
    const saved = await saveFromSnapshot(
      db,
      snapshotOf('https://www.linkedin.com/in/jane-doe/', { headline: 'Staff engineer' }),
      1000,
    );
    expect(await findByProfileKey(db, 'linkedin:jane-doe')).toEqual({
      id: saved.id,
      profileKey: 'linkedin:jane-doe',
      name: 'Jane Doe',
      headline: 'Staff engineer',
      profileUrl: 'https://www.linkedin.com/in/jane-doe/',
      savedAt: 1000,
    });
  });

  test('saving the same person again updates the record and keeps the first saved time', async () => {
    await saveFromSnapshot(db, snapshotOf('https://x.com/JaneDoe'), 1000);
    await saveFromSnapshot(db, snapshotOf('https://x.com/janedoe', { name: 'Jane D.' }), 2000);
    const all = await recentContacts(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ profileKey: 'x:janedoe', name: 'Jane D.', savedAt: 1000 });
  });

  test('two saves of the same profile at the same moment make one contact', async () => {
    const snap = snapshotOf('https://www.linkedin.com/in/jane-doe/');
    const other = new GuildDatabase(db.name);
    await Promise.all([
      saveFromSnapshot(db, snap),
      saveFromSnapshot(other, snap),
      saveFromSnapshot(db, snap),
    ]);
    other.close();
    expect(await countContacts(db)).toBe(1);
  });

  test('a snapshot that breaks the schema is refused and nothing is written', async () => {
    await expect(saveFromSnapshot(db, snapshotOf('https://x.com/a', { name: '' }))).rejects.toThrow();
    expect(await countContacts(db)).toBe(0);
  });
});
