import type { Contact } from '../schemas/contact';
import { editRecord } from './crud';
import type { GuildDatabase } from './database';
import { normalizeContact } from './new-contact';

/**
 * Whether Dexie's ignore-case searches can take this text: each letter's capital
 * must sort before its small letter (not so in Georgian, polytonic Greek — and
 * in 'α Ἀ' only the second letter says so) and keep its length in either case
 * ('ᾘ' upper-cases to 'ἨΙ', 'ß' to 'SS').
 */
function ignoreCaseSafe(text: string): boolean {
  return [...text].every(
    (c) =>
      c.toUpperCase() <= c.toLowerCase() &&
      c.toUpperCase().length === c.length &&
      c.toLowerCase().length === c.length,
  );
}

/**
 * Contacts whose `name` (or `company`) starts with `prefix`, ignoring case.
 * Dexie's `startsWithIgnoreCase` searches one key range from the upper-case
 * form to the lower-case one, which is inverted (IndexedDB's DataError, a
 * RangeError in live queries) in scripts whose capitals sort after their small
 * letters: Georgian (ა → Ა), polytonic Greek (ἀ → Ἀ). Such a prefix is looked
 * up as written, in small letters and in capitals instead.
 */
export function contactsStartingWith(db: GuildDatabase, index: 'name' | 'company', prefix: string) {
  const upper = prefix.toUpperCase();
  const lower = prefix.toLowerCase();
  const where = db.contacts.where(index);
  return ignoreCaseSafe(prefix)
    ? where.startsWithIgnoreCase(prefix)
    : where.startsWithAnyOf([...new Set([prefix, lower, upper])]);
}

/** Names looked up at a time in `contactsNamedAnyOf`. */
const NAME_LOOKUP = 500;

/** What `read` finds for each slice of `NAME_LOOKUP` names, in order. */
async function inSlices(
  names: readonly string[],
  read: (slice: string[]) => Promise<Contact[]>,
): Promise<Contact[]> {
  const found: Contact[] = [];
  for (let i = 0; i < names.length; i += NAME_LOOKUP)
    found.push(...(await read(names.slice(i, i + NAME_LOOKUP))));
  return found;
}

/**
 * Contacts whose `name` equals one of `names` ignoring case (the index is
 * case-sensitive). Same trap as `contactsStartingWith`: Dexie's ignore-case
 * search is inverted in scripts whose capitals sort after their small
 * letters, so those names are looked up as written, in small letters and in
 * capitals. Looked up in slices so a 10,000-name import is not one huge query.
 */
export async function contactsNamedAnyOf(db: GuildDatabase, names: readonly string[]): Promise<Contact[]> {
  const plain = names.filter(ignoreCaseSafe);
  const other = names.filter((n) => !ignoreCaseSafe(n));
  const variants = [...new Set(other.flatMap((n) => [n, n.toLowerCase(), n.toUpperCase()]))];
  const out = [
    ...(await inSlices(plain, (slice) => db.contacts.where('name').anyOfIgnoreCase(slice).toArray())),
    ...(await inSlices(variants, (slice) => db.contacts.where('name').anyOf(slice).toArray())),
  ];
  // A contact can be found by two variants of one name: once each.
  const seen = new Set<number | undefined>();
  return out.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

/** The saved contact that has this profile key (`linkedin:<slug>`, `x:<handle>`) among its profiles. */
export function findByProfileKey(db: GuildDatabase, key: string): Promise<Contact | undefined> {
  return db.contacts.where('profileKeys').equals(key).first();
}

/** One contact by id. */
export function getContact(db: GuildDatabase, id: number): Promise<Contact | undefined> {
  return db.contacts.get(id);
}

/**
 * Edit one contact in a transaction, validated whole (`normalizeContact`)
 * before it is stored; throws when it does not exist. Returning the contact
 * itself from `edit` writes nothing.
 */
export function editContact(
  db: GuildDatabase,
  id: number,
  edit: (contact: Contact) => Contact | Promise<Contact>,
): Promise<Contact> {
  return editRecord(db, db.contacts, 'contact', id, edit, normalizeContact);
}

/** How many people are saved. */
export function countContacts(db: GuildDatabase): Promise<number> {
  return db.contacts.count();
}

/** The most recently saved contacts, newest first. */
export function recentContacts(db: GuildDatabase, limit = 50): Promise<Contact[]> {
  return db.contacts.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** Contacts whose name or company starts with `prefix` (any case), by name, at most `limit`. */
export async function searchContactsByPrefix(
  db: GuildDatabase,
  prefix: string,
  limit = 50,
): Promise<Contact[]> {
  const text = prefix.trim();
  if (!text) return [];
  const [byName, byCompany] = await Promise.all([
    contactsStartingWith(db, 'name', text).limit(limit).toArray(),
    contactsStartingWith(db, 'company', text).limit(limit).toArray(),
  ]);
  const seen = new Set<number | undefined>();
  return [...byName, ...byCompany]
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, limit);
}
