import Dexie from 'dexie';

/** Create a database exactly as version 1 of Guild left it, holding `contacts`. */
export async function createV1Database(name: string, contacts: Record<string, unknown>[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ contacts: '++id, &profileKey, name, savedAt' });
  await v1.open();
  await v1.table('contacts').bulkAdd(contacts);
  v1.close();
}

/** Read a store with a schemaless Dexie (whatever version is on disk). */
export async function readRaw(name: string, store: string): Promise<{ version: number; rows: unknown[] }> {
  const raw = new Dexie(name);
  await raw.open();
  const rows = raw.tables.some((t) => t.name === store) ? await raw.table(store).toArray() : [];
  const version = raw.verno;
  raw.close();
  return { version, rows };
}
