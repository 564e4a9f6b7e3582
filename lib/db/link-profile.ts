import type { Contact } from '../schemas/contact';
import type { ProfileRef } from '../profiles/site';
import type { GuildDatabase } from './database';
import { editContact, findByProfileKey } from './contacts';

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
  return editContact(db, contactId, async (contact) => {
    const owner = await findByProfileKey(db, profile.key);
    if (owner?.id === contactId) return contact;
    if (owner?.id !== undefined) throw new ProfileInUseError(profile.key, owner.id);
    return { ...contact, profiles: [...contact.profiles, profile], updatedAt: now };
  });
}
