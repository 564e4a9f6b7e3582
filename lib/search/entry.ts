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
}

/** Notes can be long; the first part is what people search for, and it keeps the index small. */
const NOTES_INDEXED = 2000;

/** Lowercase the way the query is lowercased, so `includes` compares like with like. */
export function fold(text: string): string {
  return text.toLocaleLowerCase();
}

/** The entry for one stored contact. */
export function entryOf(contact: Contact & { id: number }): ContactEntry {
  const text = [
    contact.name,
    contact.company ?? '',
    contact.position ?? '',
    contact.headline ?? '',
    contact.tags.join(' '),
    contact.notes.slice(0, NOTES_INDEXED),
  ].join('\n');
  return {
    id: contact.id,
    name: contact.name,
    company: contact.company ?? '',
    position: contact.position ?? '',
    circle: contact.circle,
    tags: contact.tags,
    communityIds: contact.communityIds,
    metAtEventId: contact.howWeMet?.eventId,
    cadenceDays: contact.cadenceDays,
    lastTouchAt: contact.lastInteractionAt ?? contact.createdAt,
    lastInteractionAt: contact.lastInteractionAt,
    createdAt: contact.createdAt,
    text: fold(text),
  };
}
