import { describe, expect, test } from 'vitest';
import { buildContact } from '@/lib/db';
import { readRaw } from './v1-sample';
import { createAtVersion, openUpgraded, useMigrationNames } from './migration-fixture';

/** One record per table whose indexes version 4 changes, as version 3 stored them. */
const SAMPLE = {
  contacts: [
    { ...buildContact({ name: 'Ada', tags: ['rust'], needs: ['mentor'] }, 1), id: 1, lastInteractionAt: 5 },
    { ...buildContact({ name: 'Bo', company: 'Acme', offers: ['mentor'] }, 2), id: 2 },
  ],
  resources: [{ id: 1, url: 'https://example.com/a', title: 'A', tags: ['rust'], addedAt: 10 }],
  opportunities: [{ id: 1, kind: 'job', sourceContactId: 2, date: 20, status: 'open' }],
  snippets: [
    {
      id: 1,
      title: 'Thanks',
      builtinId: 'builtin:follow-up-event',
      language: 'en',
      kind: 'follow-up',
      body: 'Hi {first_name}',
    },
  ],
  suggestionStates: [{ id: 1, contactId: 1, key: 'share:resource:1', state: 'dismissed', at: 30, until: 40 }],
  copyLogs: [{ id: 1, templateHash: 'abc', contactId: 1, at: 50 }],
} as const;
type SampleTable = keyof typeof SAMPLE;
const TABLES = Object.keys(SAMPLE) as SampleTable[];

/** The index names IndexedDB holds for each table, read without Dexie (sorted). */
async function indexNames(name: string): Promise<Record<string, string[]>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = [...idb.objectStoreNames];
  const tx = idb.transaction(stores, 'readonly');
  const result = Object.fromEntries(stores.map((s) => [s, [...tx.objectStore(s).indexNames].sort()]));
  idb.close();
  return result;
}

const createV3Database = (name: string, fill: boolean) =>
  createAtVersion(name, 3, async (v3) => {
    if (fill) for (const table of TABLES) await v3.table(table).bulkAdd([...SAMPLE[table]]);
  });

describe('migration 4: indexes no query uses are dropped', () => {
  const fresh = useMigrationNames();

  test('a v3 database keeps every record exactly, with exactly the queried indexes left', async () => {
    const name = fresh();
    await createV3Database(name, true);
    const before = Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, (await readRaw(name, t)).rows] as const)),
    );

    const db = await openUpgraded(name, 4);
    db.close();

    for (const table of TABLES) expect((await readRaw(name, table)).rows).toEqual(before[table]);
    expect((await readRaw(name, 'contacts')).version).toBe(4);
    expect(await indexNames(name)).toEqual({
      communities: ['name'],
      contacts: ['circle', 'company', 'createdAt', 'name', 'needs', 'offers', 'profileKeys'],
      copyLogs: ['at'],
      events: ['contactIds', 'date'],
      interactions: ['[contactId+date]', 'contactId', 'date', 'kind'],
      notificationLogs: ['at', 'dedupeKey'],
      opportunities: ['date', 'sourceContactId'],
      resources: ['addedAt'],
      routineSessions: ['startedAt'],
      settings: [],
      snippets: [],
      suggestionStates: ['[contactId+key]', 'contactId'],
      tasks: ['[status+due]', 'contactId', 'due'],
    });
  });

  test('at the latest version, the indexes that stay still find the records', async () => {
    const name = fresh();
    await createV3Database(name, true);
    const db = await openUpgraded(name);
    expect((await db.contacts.where('offers').equals('mentor').toArray()).map((c) => c.name)).toEqual(['Bo']);
    expect((await db.contacts.where('profileKeys').anyOf([]).toArray()).length).toBe(0);
    expect(await db.suggestionStates.where('[contactId+key]').equals([1, 'share:resource:1']).count()).toBe(
      1,
    );
    expect(await db.copyLogs.where('at').above(0).count()).toBe(1);
    db.close();
  });

  test('nothing to do: an empty v3 database becomes an empty v4 database', async () => {
    const name = fresh();
    await createV3Database(name, false);
    const db = await openUpgraded(name, 4);
    expect(await db.contacts.count()).toBe(0);
    expect(db.verno).toBe(4);
    db.close();
  });
});
