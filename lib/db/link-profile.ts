import type { Contact } from '../schemas/contact';
import type { ProfileRef } from '../profiles/site';
import type { GuildDatabase } from './database';
import { findByProfileKey } from './contacts';
import { normalizeContact } from './new-contact';

/** The profile is already another contact's: merge them instead (see `mergeContacts`). */
export class ProfileInUseError extends Error {
  constructor(
    readonly profileKey: string,
    readonly ownerId: number,
  ) {
    super(`${profileKey} already belongs to contact ${ownerId}`);
    this.name = 'ProfileInUseError';
  }
}

/**
 * Add a profile (e.g. their X account) to an existing contact. Linking a
 * profile the contact already has is a no-op; one that belongs to someone
 * else throws `ProfileInUseError` (the UI offers a merge).
 */
export function linkProfile(
  db: GuildDatabase,
  contactId: number,
  profile: ProfileRef,
  now = Date.now(),
): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new Error(`contact ${contactId} does not exist`);
    const owner = await findByProfileKey(db, profile.key);
    if (owner?.id === contactId) return contact;
    if (owner?.id !== undefined) throw new ProfileInUseError(profile.key, owner.id);
    const next = normalizeContact({ ...contact, profiles: [...contact.profiles, profile], updatedAt: now });
    await db.contacts.put(next);
    return next;
  });
}

/** Remove one profile from a contact (a wrong link); the contact itself stays. */
export function unlinkProfile(
  db: GuildDatabase,
  contactId: number,
  profileKey: string,
  now = Date.now(),
): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new Error(`contact ${contactId} does not exist`);
    const profiles = contact.profiles.filter((p) => p.key !== profileKey);
    const next = normalizeContact({ ...contact, profiles, updatedAt: now });
    await db.contacts.put(next);
    return next;
  });
}
