import { afterEach, beforeEach } from 'vitest';
import { GuildDatabase, saveFromSnapshot, TABLE_NAMES } from '@/lib/db';
import type { Contact } from '@/lib/schemas/contact';
import { freshDbName, snapshotOf } from '../helpers';

/** A fresh database per test, deleted afterwards. */
export function useFreshDb(): { readonly db: GuildDatabase } {
  const holder = {} as { db: GuildDatabase };
  beforeEach(() => {
    holder.db = new GuildDatabase(freshDbName());
  });
  afterEach(async () => {
    await holder.db.delete();
  });
  return holder;
}

/** Every table of the database, by name: to compare whole states. */
export async function everything(db: GuildDatabase) {
  return Object.fromEntries(
    await Promise.all(TABLE_NAMES.map(async (n) => [n, await db.table(n).toArray()])),
  );
}

/** Save a contact from a profile URL; returns it with its id. */
export async function saved(
  db: GuildDatabase,
  url: string,
  name = 'Jane Doe',
  now = 1000,
): Promise<Contact & { id: number }> {
  const contact = await saveFromSnapshot(db, snapshotOf(url, { name }), now);
  return contact as Contact & { id: number };
}
