/**
 * A version-1 Guild database (the first vertical slice's schema, as
 * `lib/db/versions.ts` declares it) with `n` contacts, for the upgrade figure.
 * Written through Dexie with only version 1 declared, so the stores and
 * indexes are exactly what Guild v1 created. Guild's own pages upgrade it.
 */
import { DATABASE_VERSIONS, GuildDatabase } from '../../../lib/db';
import { profileFromUrl } from '../../../lib/profiles/detect';
import { rawCount } from './raw-idb';

/** People the fixtures show, saved so the panel finds them among the others. */
const KNOWN = [
  { url: 'https://www.linkedin.com/in/camille-lefevre-dev/', name: 'Camille Lefèvre' },
  { url: 'https://x.com/TaminoMartinius', name: 'Tamino Martinius' },
  { url: 'https://www.linkedin.com/in/bo-nakamura/', name: 'Bo Nakamura' },
];

const CITIES = ['Paris', 'Lyon', 'Nantes', 'Berlin', 'Montréal', 'Lisbon'];

/** The IndexedDB version Dexie gives Guild's version 1 (Dexie multiplies by 10). */
const V1_IDB_VERSION = DATABASE_VERSIONS[0]!.version * 10;

export interface V1Seed {
  /** The IndexedDB version and record count read in the seeding connection, just before it closed. */
  version: number;
  count: number;
  /**
   * The versions other Guild contexts asked to open the database at while this
   * connection held it ('versionchange'): any of them upgrades it once we close.
   */
  asked: number[];
}

/**
 * One attempt at the whole database, written while this connection holds it:
 * Dexie declares only version 1 (so the stores and indexes are Guild v1's),
 * the connection refuses 'versionchange' (Dexie's default is to close, after
 * which any other Guild context opening the database — a page's live query,
 * the service worker — upgrades it mid-seed and the rest lands in the old
 * format), and the records go in one raw IndexedDB transaction (no Dexie
 * change broadcast wakes other pages' live queries). It then holds the
 * database `quietMs` longer: if another context asked to open it meanwhile,
 * that context upgrades it as soon as we close, and the caller seeds again.
 */
export async function seedV1(name: string, n: number, quietMs = 1500): Promise<V1Seed> {
  const records = Array.from({ length: n }, (_, i) => {
    const known = KNOWN[i];
    const url = known?.url ?? `https://www.linkedin.com/in/person-${i}/`;
    return {
      profileKey: profileFromUrl(url)!.key,
      name: known?.name ?? `Person ${i}`,
      headline: `Engineer at Company ${i % 500} · ${i % 3 ? 'TypeScript' : 'Rust'} · ${CITIES[i % CITIES.length]}`,
      profileUrl: url,
      savedAt: 1_700_000_000_000 + i,
    };
  });
  const asked: number[] = [];
  const db = new GuildDatabase(name, { versions: [DATABASE_VERSIONS[0]!] });
  // Returning false stops Dexie's default handler (close): a later opener waits until we close.
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    asked.push(event.newVersion ?? 0);
    return false;
  });
  try {
    await db.delete();
    await db.open();
    const idb = db.backendDB();
    if (idb.version !== V1_IDB_VERSION) return { version: idb.version, count: -1, asked };
    const tx = idb.transaction('contacts', 'readwrite');
    const store = tx.objectStore('contacts');
    for (const record of records) store.add(record);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    return { version: idb.version, count: await rawCount(idb, 'contacts'), asked };
  } finally {
    db.close();
  }
}
