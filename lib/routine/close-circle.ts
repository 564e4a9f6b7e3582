import type { GuildDatabase } from '../db';
import { DAY_MS } from '../schemas/common';
import type { Contact } from '../schemas/contact';

/** A person suggested for the close circle, with the messages exchanged in the last 12 months. */
export interface CloseCircleCandidate {
  contact: Contact & { id: number };
  messages: number;
}

/** How many people the suggestion lists, and how many of them start checked (about Monday's five). */
export const SUGGESTED = 12;
export const PRECHECKED = 5;

/** The first month (`2025-12`) of the 12 months ending with `now`'s. */
export function firstMonthOfYearTo(now: number): string {
  const d = new Date(now);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 11, 1)).toISOString().slice(0, 7);
}

/**
 * People the user exchanged the most messages with over the last 12 months
 * (the monthly counts imported from LinkedIn's archive), most first; ties by
 * name. Read through the `date` index: only the year's entries are loaded.
 */
export async function suggestCloseCircle(
  db: GuildDatabase,
  now: number,
  limit = SUGGESTED,
): Promise<CloseCircleCandidate[]> {
  const from = firstMonthOfYearTo(now);
  const totals = new Map<number, number>();
  await db.interactions
    .where('date')
    .aboveOrEqual(Date.parse(`${from}-01T00:00:00Z`) - DAY_MS)
    .each((i) => {
      if (i.archive?.what !== 'messages' || i.archive.month < from || i.date > now) return;
      totals.set(i.contactId, (totals.get(i.contactId) ?? 0) + i.archive.sent + i.archive.received);
    });
  const contacts = await db.contacts.bulkGet([...totals.keys()]);
  return contacts
    .filter((c): c is Contact & { id: number } => c?.id !== undefined)
    .map((contact) => ({ contact, messages: totals.get(contact.id) ?? 0 }))
    .sort((a, b) => b.messages - a.messages || a.contact.name.localeCompare(b.contact.name))
    .slice(0, limit);
}

/**
 * Confirm the close circle from the suggestion screen: the checked people
 * join it; people shown but unchecked who were in it move to `active`
 * (the user took them out). Everyone else is left as they are.
 */
export async function confirmCloseCircle(
  db: GuildDatabase,
  chosen: readonly number[],
  shown: readonly number[],
  now = Date.now(),
): Promise<void> {
  const keep = new Set(chosen);
  await db.contacts
    .where(':id')
    .anyOf([...new Set([...chosen, ...shown])])
    .modify((c) => {
      const circle = keep.has(c.id!) ? 'close' : c.circle === 'close' ? 'active' : c.circle;
      if (circle === c.circle) return false;
      c.circle = circle;
      c.updatedAt = now;
    });
}
