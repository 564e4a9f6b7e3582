import type { GuildDatabase } from '../db/database';
import type { Contact } from '../schemas/contact';
import { entryOf, type ContactEntry } from './entry';
import { compareBy } from './query';

/** About a screen of the table: what shows while the whole index loads. */
export const FIRST_PAGE = 50;

const withId = (c: Contact): c is Contact & { id: number } => c.id !== undefined;

/**
 * The first `limit` contacts by name, read through the `name` index (one
 * short cursor, whatever the address book's size), as entries in the table's
 * order. IndexedDB orders names by code unit and the table by the collator,
 * so a name that starts in small letters or with an accented capital
 * ("alice", "Émile") may be missing here and take its place when the index
 * is ready: this page is shown only while it loads, never searched.
 */
export async function firstByName(db: GuildDatabase, limit = FIRST_PAGE): Promise<ContactEntry[]> {
  const page = await db.contacts.orderBy('name').limit(limit).toArray();
  return page.filter(withId).map(entryOf).sort(compareBy('name'));
}
