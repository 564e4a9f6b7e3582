import { describe, expect, test } from 'vitest';
import {
  DATABASE_NAME,
  DATABASE_VERSIONS,
  getDb,
  onUpgradeProgress,
  GuildDatabase,
  MigrationError,
  LATEST_VERSION,
  openDatabase,
  type DatabaseVersion,
  type MigrationProgress,
} from '@/lib/db';
import { migrateContactV1 } from '@/lib/db/migrations/002-contact-profiles';
import { createV1Database, readRaw } from './v1-sample';
import { openUpgraded, useMigrationNames } from './migration-fixture';

const empties = {
  circle: 'acquaintance',
  tags: [],
  interests: [],
  projects: [],
  needs: [],
  offers: [],
  notes: '',
  communityIds: [],
  news: [],
};

const V1_SAMPLE = [
  {
    id: 1,
    profileKey: 'linkedin:jane-doe',
    name: 'Jane Doe',
    headline: 'Staff engineer',
    profileUrl: 'https://www.linkedin.com/in/jane-doe/',
    savedAt: 1000,
  },
  { id: 2, profileKey: 'x:janedoe', name: '@janedoe', profileUrl: 'https://x.com/janedoe', savedAt: 2000 },
  {
    id: 5,
    profileKey: 'linkedin:julien-moreau-éco',
    name: 'Julien Moreau',
    profileUrl: 'https://www.linkedin.com/in/julien-moreau-%C3%A9co/',
    savedAt: 3000,
  },
];

const V2_EXPECTED = [
  {
    id: 1,
    name: 'Jane Doe',
    headline: 'Staff engineer',
    profiles: [
      {
        site: 'linkedin',
        key: 'linkedin:jane-doe',
        url: 'https://www.linkedin.com/in/jane-doe/',
        handle: 'jane-doe',
      },
    ],
    profileKeys: ['linkedin:jane-doe'],
    ...empties,
    createdAt: 1000,
    updatedAt: 1000,
  },
  {
    id: 2,
    name: '@janedoe',
    profiles: [{ site: 'x', key: 'x:janedoe', url: 'https://x.com/janedoe', handle: 'janedoe' }],
    profileKeys: ['x:janedoe'],
    ...empties,
    createdAt: 2000,
    updatedAt: 2000,
  },
  {
    id: 5,
    name: 'Julien Moreau',
    profiles: [
      {
        site: 'linkedin',
        key: 'linkedin:julien-moreau-éco',
        url: 'https://www.linkedin.com/in/julien-moreau-%C3%A9co/',
        handle: 'julien-moreau-éco',
      },
    ],
    profileKeys: ['linkedin:julien-moreau-éco'],
    ...empties,
    createdAt: 3000,
    updatedAt: 3000,
  },
];

describe('migration 2: one profile key → a list of profiles', () => {
  const fresh = useMigrationNames();

  test('the pure step maps one v1 contact exactly', () => {
    expect(migrateContactV1(V1_SAMPLE[0] as never)).toEqual(V2_EXPECTED[0]);
  });

  test('a v1 database is upgraded to exactly the expected v2 contacts, with progress', async () => {
    const name = fresh();
    await createV1Database(name, V1_SAMPLE);
    const progress: MigrationProgress[] = [];
    const db = new GuildDatabase(name, { onUpgradeProgress: (p) => progress.push(p) });
    expect(await openDatabase(db)).toEqual({ ok: true, db });
    expect(await db.contacts.toArray()).toEqual(V2_EXPECTED);
    expect(progress).toEqual([{ version: 2, done: 3, total: 3 }]);
    // The new indexes work on migrated records.
    expect((await db.contacts.where('profileKeys').equals('x:janedoe').first())?.id).toBe(2);
    db.close();
    expect((await readRaw(name, 'contacts')).version).toBe(LATEST_VERSION);
  });

  test('nothing to do: an empty v1 database becomes an empty v2 database', async () => {
    const name = fresh();
    await createV1Database(name, []);
    const db = await openUpgraded(name);
    expect(await db.contacts.count()).toBe(0);
    expect(db.tables.map((t) => t.name).sort()).toContain('interactions');
    db.close();
  });

  test('a fresh install opens straight at the latest version', async () => {
    const db = await openUpgraded(fresh());
    expect(db.verno).toBe(LATEST_VERSION);
    db.close();
  });

  test('an unreadable v1 record fails the upgrade: data and version untouched, typed error', async () => {
    const name = fresh();
    const broken = { id: 9, profileKey: 'linkedin:bad', name: '', profileUrl: 'not a url', savedAt: 1 };
    await createV1Database(name, [V1_SAMPLE[0] as Record<string, unknown>, broken]);
    const db = new GuildDatabase(name);
    const result = await openDatabase(db);
    expect(result).toMatchObject({ ok: false, kind: 'upgrade-failed', version: 2 });
    expect(result.ok ? '' : result.message).toMatch(/Upgrade to version 2 failed: contact 9/);
    db.close();
    expect(await readRaw(name, 'contacts')).toEqual({ version: 1, rows: [V1_SAMPLE[0], broken] });
  });

  test('a step that throws half-way leaves data and version as they were', async () => {
    const name = fresh();
    await createV1Database(name, V1_SAMPLE);
    const [v1, v2] = DATABASE_VERSIONS as [DatabaseVersion, DatabaseVersion];
    const failing: DatabaseVersion = {
      ...v2,
      upgrade: async (tx) => {
        await v2.upgrade?.(tx);
        throw new MigrationError(2, 'simulated failure after rewriting');
      },
    };
    const db = new GuildDatabase(name, { versions: [v1, failing] });
    expect(await openDatabase(db)).toEqual({
      ok: false,
      kind: 'upgrade-failed',
      version: 2,
      message: 'Upgrade to version 2 failed: simulated failure after rewriting',
    });
    db.close();
    expect(await readRaw(name, 'contacts')).toEqual({ version: 1, rows: V1_SAMPLE });
    // The real step still works afterwards.
    const again = new GuildDatabase(name);
    expect((await openDatabase(again)).ok).toBe(true);
    expect(await again.contacts.toArray()).toEqual(V2_EXPECTED);
    again.close();
  });
});

describe('progress of the shared database upgrade', () => {
  test('listeners registered with onUpgradeProgress hear the shared database upgrade', async () => {
    await createV1Database(DATABASE_NAME, [V1_SAMPLE[0] as Record<string, unknown>]);
    const seen: MigrationProgress[] = [];
    const stop = onUpgradeProgress((p) => seen.push(p));
    expect((await openDatabase()).ok).toBe(true);
    stop();
    expect(seen).toEqual([{ version: 2, done: 1, total: 1 }]);
    await getDb().contacts.clear();
  });
});
