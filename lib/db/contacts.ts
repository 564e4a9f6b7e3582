import Dexie from 'dexie';
import { ContactSchema, type Contact } from '../schemas/contact';
import type { ProfileSnapshot } from '../profiles/snapshot';
import type { GuildDatabase } from './database';

/** The saved contact for a profile key, if any. */
export function findByProfileKey(db: GuildDatabase, key: string): Promise<Contact | undefined> {
  return db.contacts.where('profileKey').equals(key).first();
}

/**
 * Save the person a snapshot describes, or update them if already saved.
 * The unique index on `profileKey` makes a second record impossible, even when
 * two windows save at the same moment: the loser of the race updates instead.
 */
export async function saveFromSnapshot(
  db: GuildDatabase,
  snapshot: ProfileSnapshot,
  now = Date.now(),
): Promise<Contact> {
  const upsert = () =>
    db.transaction('rw', db.contacts, async () => {
      const existing = await findByProfileKey(db, snapshot.profile.key);
      const contact = ContactSchema.parse({
        ...existing,
        profileKey: snapshot.profile.key,
        name: snapshot.name,
        headline: snapshot.headline ?? existing?.headline,
        profileUrl: snapshot.profile.url,
        savedAt: existing?.savedAt ?? now,
      });
      const id = await db.contacts.put(contact);
      return { ...contact, id };
    });
  try {
    return await upsert();
  } catch (error) {
    if (error instanceof Dexie.ConstraintError) return upsert();
    throw error;
  }
}

/** How many people are saved. */
export function countContacts(db: GuildDatabase): Promise<number> {
  return db.contacts.count();
}

/** The most recently saved contacts, newest first. */
export function recentContacts(db: GuildDatabase, limit = 50): Promise<Contact[]> {
  return db.contacts.orderBy('savedAt').reverse().limit(limit).toArray();
}
