import type { GuildDatabase } from '../db';
import { routineSessions } from '../db';
import { ContactSchema } from '../schemas/contact';
import type { RoutineSession } from '../schemas/library';
import { elapsedMinutes, weekStart, weekTotal } from './sessions';
import type { Zone } from './zone';

export type SessionAction = RoutineSession['actions'][number];

/** Start timing a routine sitting (the list was opened); returns its id. */
export async function startSession(
  db: GuildDatabase,
  day: RoutineSession['day'],
  now: number,
): Promise<number> {
  return (await routineSessions.add(db, { day, startedAt: now, minutes: 0, actions: [] })).id;
}

/** Record the time spent so far (called every minute while the list is open, and when it closes). */
export async function recordSessionTime(db: GuildDatabase, id: number, now: number): Promise<void> {
  const session = await routineSessions.get(db, id);
  if (session) await routineSessions.update(db, id, { minutes: elapsedMinutes(session.startedAt, now) });
}

/** Add what the user did during the sitting, with the time spent so far. */
export async function addSessionAction(db: GuildDatabase, id: number, action: SessionAction): Promise<void> {
  const session = await routineSessions.get(db, id);
  if (!session) return;
  await routineSessions.update(db, id, {
    actions: [...session.actions, action],
    minutes: elapsedMinutes(session.startedAt, action.at),
  });
}

/**
 * Monday's "checked": record `lastCheckedAt` on the person (validated whole,
 * like every stored contact) and the action in the sitting.
 */
export async function markChecked(
  db: GuildDatabase,
  contactId: number,
  now: number,
  sessionId?: number,
): Promise<void> {
  await db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(contactId);
    if (contact) await db.contacts.put(ContactSchema.parse({ ...contact, lastCheckedAt: now }));
  });
  if (sessionId !== undefined) await addSessionAction(db, sessionId, { kind: 'checked', contactId, at: now });
}

/** This week's routine minutes against the budget. */
export async function loadWeekTotal(db: GuildDatabase, now: number, zone: Zone, budgetMinutes: number) {
  const sessions = await routineSessions.since(db, 'startedAt', weekStart(now, zone));
  return weekTotal(sessions, now, zone, budgetMinutes);
}
