import type { Contact } from '@/lib/schemas/contact';
import type { Settings } from '@/lib/schemas/settings';
import { keepInTouchDueAt, type Zone } from '@/lib/routine';

/** After this long past the due date, "due" becomes "overdue". */
export const OVERDUE_AFTER_MS = 7 * 86_400_000;

/** Where a contact stands against their keep-in-touch cadence. */
export type KeepInTouchStatus =
  | { kind: 'fine'; dueAt: number }
  | { kind: 'due'; dueAt: number }
  | { kind: 'overdue'; dueAt: number }
  | { kind: 'none' };

/**
 * Fine before the due date, due for a week after it, overdue beyond. The
 * cadence is the contact's own override, else their circle's from settings
 * (the routine's rule, reused so the panel and the reminders always agree);
 * dormant people are not tracked.
 */
export function keepInTouchStatus(
  contact: Contact,
  cadence: Settings['cadenceDays'],
  zone: Zone,
  now: number,
): KeepInTouchStatus {
  const dueAt = keepInTouchDueAt(contact, cadence, zone);
  if (dueAt === null) return { kind: 'none' };
  if (now < dueAt) return { kind: 'fine', dueAt };
  return now - dueAt > OVERDUE_AFTER_MS ? { kind: 'overdue', dueAt } : { kind: 'due', dueAt };
}
