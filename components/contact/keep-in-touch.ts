/** After this long past the due date, "due" becomes "overdue". */
export const OVERDUE_AFTER_MS = 7 * 86_400_000;

/** Where a contact stands against their keep-in-touch cadence. */
export type KeepInTouchStatus =
  | { kind: 'fine'; dueAt: number }
  | { kind: 'due'; dueAt: number }
  | { kind: 'overdue'; dueAt: number }
  | { kind: 'none' };

/**
 * Fine before the due date, due for a week after it, overdue beyond. The due
 * date comes from the routine's `keepInTouchDueAt` (the contact's own
 * cadence, else their circle's from settings), so the panel and the
 * reminders always agree; `null` (dormant people) means not tracked.
 */
export function keepInTouchStatus(dueAt: number | null, now: number): KeepInTouchStatus {
  if (dueAt === null) return { kind: 'none' };
  if (now < dueAt) return { kind: 'fine', dueAt };
  return now - dueAt > OVERDUE_AFTER_MS ? { kind: 'overdue', dueAt } : { kind: 'due', dueAt };
}
