import { READ_FIELDS, type Contact, type ReadField } from '../schemas/contact';
import type { GuildDatabase } from './database';
import { editContact } from './contacts';

/**
 * What the user typed over what Guild read. A field present is set by hand;
 * an empty value clears an optional field (the name cannot be cleared).
 */
export type Corrections = Partial<Record<ReadField, string>>;

type ReadFields = Pick<Contact, 'name'> & Partial<Pick<Contact, Exclude<ReadField, 'name'>>>;

/**
 * `fields` with the corrections laid over them, and the fields now set by
 * hand (those already corrected plus these). Values are trimmed; an empty
 * name is ignored.
 */
export function applyCorrections<T extends ReadFields>(
  fields: T,
  corrections: Corrections,
  corrected: readonly ReadField[] = [],
): { fields: T; corrected: ReadField[] } {
  const next: T = { ...fields };
  const set = new Set(corrected);
  for (const field of READ_FIELDS) {
    const value = corrections[field]?.trim();
    if (value === undefined || (field === 'name' && !value)) continue;
    if (value) next[field] = value;
    else delete next[field];
    set.add(field);
  }
  return { fields: next, corrected: READ_FIELDS.filter((f) => set.has(f)) };
}

/** The read fields of `fields` minus those the user set by hand: what a read may refresh. */
export function withoutCorrected<T extends Partial<ReadFields>>(
  fields: T,
  corrected: readonly ReadField[] = [],
): T {
  const next = { ...fields };
  for (const field of corrected) delete next[field];
  return next;
}

/** Correct a saved contact's read fields; a later read never overwrites them. */
export function correctContact(
  db: GuildDatabase,
  id: number,
  corrections: Corrections,
  now = Date.now(),
): Promise<Contact> {
  return editContact(db, id, (contact) => {
    const { fields, corrected } = applyCorrections(contact, corrections, contact.corrected);
    return { ...fields, corrected, updatedAt: now };
  });
}
