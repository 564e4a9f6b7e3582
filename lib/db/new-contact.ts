import { ContactSchema, type Contact } from '../schemas/contact';
import type { ProfileRef } from '../profiles/site';

/** What a caller must give to create a contact; everything else has a default. */
export type NewContactFields = Pick<Contact, 'name'> & Partial<Omit<Contact, 'name' | 'profileKeys'>>;

/**
 * A valid new contact with every list empty and `profileKeys` derived from
 * `profiles`. Throws (Zod) when the fields break the schema.
 */
export function buildContact(fields: NewContactFields, now: number): Contact {
  return normalizeContact({
    circle: 'acquaintance',
    tags: [],
    interests: [],
    projects: [],
    needs: [],
    offers: [],
    notes: '',
    communityIds: [],
    news: [],
    profiles: [],
    createdAt: now,
    updatedAt: now,
    ...fields,
  });
}

/** Profiles without duplicate keys, first occurrence kept. */
export function uniqueProfiles(profiles: readonly ProfileRef[]): ProfileRef[] {
  const seen = new Set<string>();
  return profiles.filter((p) => !seen.has(p.key) && seen.add(p.key));
}

/**
 * Parse a contact and re-derive `profileKeys` from `profiles`: the unique
 * index relies on the two never disagreeing.
 */
export function normalizeContact(
  contact: Omit<Contact, 'profileKeys'> & { profileKeys?: string[] },
): Contact {
  const profiles = uniqueProfiles(contact.profiles);
  return ContactSchema.parse({ ...contact, profiles, profileKeys: profiles.map((p) => p.key) });
}
