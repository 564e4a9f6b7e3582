import { contactsNamedAnyOf } from '../../db/contacts';
import type { GuildDatabase } from '../../db/database';
import type { Contact } from '../../schemas/contact';
import { chunks } from '../progress';
import { NAME_COLLATOR, nameKey, type PersonRef } from './people';

/** How a person named by the archive was found among the contacts, or why not. */
export type Match = { contact: Contact & { id: number } } | { none: 'not-a-contact' | 'ambiguous' };

/** Keys and names looked up at a time. */
const LOOKUP = 500;

/**
 * Find the contacts the archive's people are, in a few indexed look-ups:
 * by LinkedIn profile first; else by name, only when exactly one contact has
 * that name (letter case aside; a recommendation's company may settle
 * same-named ones). A profile that no contact has falls back to a same-named
 * contact only when that contact has no LinkedIn profile of its own (it
 * could be someone else's). Never a guess: anything else is no match.
 */
export async function matchPeople(
  db: GuildDatabase,
  refs: readonly PersonRef[],
): Promise<(ref: PersonRef) => Match> {
  const keys = [...new Set(refs.flatMap((r) => (r.profile ? [r.profile.key] : [])))];
  const byKey = new Map<string, Contact & { id: number }>();
  for (const part of chunks(keys, LOOKUP)) {
    for (const contact of await db.contacts.where('profileKeys').anyOf(part).toArray()) {
      for (const key of contact.profileKeys) byKey.set(key, contact as Contact & { id: number });
    }
  }
  const names = [
    ...new Set(refs.flatMap((r) => (r.name && !(r.profile && byKey.has(r.profile.key)) ? [r.name] : []))),
  ];
  const byName = new Map<string, (Contact & { id: number })[]>();
  for (const contact of await contactsNamedAnyOf(db, names)) {
    const key = nameKey(contact.name);
    const group = byName.get(key) ?? [];
    if (!group.some((c) => c.id === contact.id)) group.push(contact as Contact & { id: number });
    byName.set(key, group);
  }

  return (ref) => {
    if (ref.profile) {
      const contact = byKey.get(ref.profile.key);
      if (contact) return { contact };
    }
    if (!ref.name) return { none: 'not-a-contact' };
    let same = (byName.get(nameKey(ref.name)) ?? []).filter(
      (c) => NAME_COLLATOR.compare(c.name, ref.name!) === 0,
    );
    // A profile that matched no one: only a contact known without a LinkedIn profile can be them.
    if (ref.profile) same = same.filter((c) => !c.profiles.some((p) => p.site === 'linkedin'));
    if (same.length > 1 && ref.company) {
      const company = ref.company.toLowerCase();
      const narrowed = same.filter((c) => c.company?.toLowerCase() === company);
      if (narrowed.length === 1) return { contact: narrowed[0]! };
    }
    if (same.length === 1) return { contact: same[0]! };
    return { none: same.length > 1 ? 'ambiguous' : 'not-a-contact' };
  };
}
