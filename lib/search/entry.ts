import type { Circle, Contact } from '../schemas/contact';

/**
 * What the contacts table needs to search, filter, sort and draw one row:
 * a few short fields and one pre-lowercased haystack. Kept instead of the
 * whole record (snapshots, news, long notes) so 100,000 of them stay small.
 */
export interface ContactEntry {
  id: number;
  name: string;
  company: string;
  position: string;
  circle: Circle;
  tags: readonly string[];
  communityIds: readonly number[];
  /** The event they were met at (`howWeMet.eventId`), if any. */
  metAtEventId?: number;
  cadenceDays?: number;
  /** Last interaction, else when saved: what keep-in-touch counts from. */
  lastTouchAt: number;
  lastInteractionAt?: number;
  createdAt: number;
  /** Name, company, position, headline, tags and notes, lowercased, one per line. */
  text: string;
  /** Which characters `text` contains, as bits (see `charMask`): a cheap test before `includes`. */
  mask: number;
}

/** Notes can be long; the first part is what people search for, and it keeps the index small. */
const NOTES_INDEXED = 2000;

/** Lowercase the way the query is lowercased, so `includes` compares like with like. */
export function fold(text: string): string {
  return text.toLocaleLowerCase();
}

/**
 * A 32-bit summary of the characters in a lowercased text: bits 0–25 for
 * a–z (exact), bit 26 for any digit, bits 27–31 for everything else by code.
 * A text can contain a term only if it has every bit of the term's mask, so
 * most entries are rejected without a string search, and a one-letter term
 * needs none at all.
 */
export function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
    else if (c > 32) mask |= 1 << (27 + (c % 5));
  }
  return mask;
}

/** The entry for one stored contact. */
export function entryOf(contact: Contact & { id: number }): ContactEntry {
  // Lists and notes a record may lack (written before they existed, or by an older copy of Guild):
  // absent means none, which is what the row then shows, not a guess.
  const tags = contact.tags ?? [];
  const text = fold(
    [
      contact.name,
      contact.company ?? '',
      contact.position ?? '',
      contact.headline ?? '',
      tags.join(' '),
      (contact.notes ?? '').slice(0, NOTES_INDEXED),
    ].join('\n'),
  );
  return {
    id: contact.id,
    name: contact.name,
    company: contact.company ?? '',
    position: contact.position ?? '',
    circle: contact.circle,
    tags,
    communityIds: contact.communityIds ?? [],
    metAtEventId: contact.howWeMet?.eventId,
    cadenceDays: contact.cadenceDays,
    lastTouchAt: contact.lastInteractionAt ?? contact.createdAt,
    lastInteractionAt: contact.lastInteractionAt,
    createdAt: contact.createdAt,
    text,
    mask: charMask(text),
  };
}
