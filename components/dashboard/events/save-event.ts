import { createTask, events, getDb, logInteraction } from '@/lib/db';
import type { NetworkEvent } from '@/lib/schemas/library';
import { FOLLOW_UP_WINDOW_MS } from '@/lib/stats';

/**
 * Store an event. Each person newly listed as met gets what quick-save gives
 * a conversation: a "met at event" interaction (once the event has happened,
 * so their keep-in-touch clock restarts) and a follow-up task due 24 hours
 * after the event, which the Events and Impact sections then check.
 */
export async function saveEvent(
  record: NetworkEvent,
  previous: readonly number[],
  now = Date.now(),
): Promise<number> {
  const db = getDb();
  const { id } = await events.save(db, record);
  const added = record.contactIds.filter((c) => !previous.includes(c));
  for (const contactId of added) {
    if (record.date <= now) {
      await logInteraction(db, { contactId, kind: 'met-at-event', date: record.date, eventId: id }, now);
    }
    await createTask(
      db,
      { kind: 'follow-up', contactId, eventId: id, due: record.date + FOLLOW_UP_WINDOW_MS, origin: 'event' },
      now,
    );
  }
  return id;
}
