import { useLiveQuery } from 'dexie-react-hooks';
import { completeTask, createTask, getDb } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import type { NetworkEvent } from '@/lib/schemas/library';
import type { Task } from '@/lib/schemas/task';
import { eventFollowUps, FOLLOW_UP_WINDOW_MS, type EventFollowUpStatus } from '@/lib/stats';
import { ContactName } from '../opportunities/ContactPicker';

const STATUS: Record<EventFollowUpStatus, MessageKey> = {
  'on-time': 'eventFollowOnTime',
  late: 'eventFollowLate',
  pending: 'eventFollowPending',
  missed: 'eventFollowMissed',
  planned: 'eventFollowPlanned',
};

/** Only the event's own follow-ups and what happened after it, read per person through indexes. */
async function load(event: NetworkEvent & { id: number }) {
  const db = getDb();
  const perPerson = await Promise.all(
    event.contactIds.map(async (id) => ({
      tasks: await db.tasks.where('contactId').equals(id).toArray(),
      interactions: await db.interactions
        .where('[contactId+date]')
        .between([id, event.date], [id, Infinity])
        .limit(20)
        .toArray(),
    })),
  );
  return {
    tasks: perPerson.flatMap((p) => p.tasks),
    interactions: perPerson.flatMap((p) => p.interactions),
  };
}

/** Complete the event's open follow-up with this person, or record one done now when there was none. */
async function markDone(event: NetworkEvent & { id: number }, tasks: readonly Task[], contactId: number) {
  const db = getDb();
  const open = tasks.find((x) => x.contactId === contactId && x.eventId === event.id && x.status === 'open');
  if (open?.id !== undefined) return void (await completeTask(db, open.id));
  await createTask(db, {
    kind: 'follow-up',
    contactId,
    eventId: event.id,
    due: event.date + FOLLOW_UP_WINDOW_MS,
    origin: 'event',
    status: 'done',
    doneAt: Date.now(),
  });
}

/** Did the user follow up with each person met, and within 24 hours? One click marks it done. */
export function EventFollowUps({ event, now }: { event: NetworkEvent & { id: number }; now: number }) {
  const data = useLiveQuery(() => load(event), [event]);
  if (!data) return null;
  const rows = eventFollowUps(event, data.tasks, data.interactions, now);
  const onTime = rows.filter((r) => r.status === 'on-time').length;

  return (
    <div className="event-follow-ups">
      {event.date <= now && <p>{t('eventFollowCount', onTime, rows.length)}</p>}
      <ul>
        {rows.map((r) => (
          <li key={r.contactId} data-status={r.status}>
            <ContactName id={r.contactId} /> — <span>{t(STATUS[r.status])}</span>{' '}
            {(r.status === 'pending' || r.status === 'missed') && (
              <button type="button" onClick={() => void markDone(event, data.tasks, r.contactId)}>
                {t('eventMarkFollowed')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
