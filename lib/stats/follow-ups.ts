import type { Interaction } from '../schemas/interaction';
import type { NetworkEvent } from '../schemas/library';
import type { Task } from '../schemas/task';
import { FOLLOW_UP_WITHIN_MS } from '../follow-up-window';

/** The guide's rule: follow up within 24 hours (quick-save's own window). */
export const FOLLOW_UP_WINDOW_MS = FOLLOW_UP_WITHIN_MS;

/**
 * Whether a follow-up task was done within 24 hours of being created (when
 * the conversation was saved). Open and late ones are not.
 */
export function doneWithin24h(task: Pick<Task, 'status' | 'createdAt' | 'doneAt'>): boolean {
  return (
    task.status === 'done' && task.doneAt !== undefined && task.doneAt - task.createdAt <= FOLLOW_UP_WINDOW_MS
  );
}

/** An open follow-up still inside its 24 hours: neither on time nor missed yet. */
export function isPending(task: Pick<Task, 'status' | 'createdAt'>, now: number): boolean {
  return task.status === 'open' && now - task.createdAt < FOLLOW_UP_WINDOW_MS;
}

/** What happened after an event with one person met there. */
export type EventFollowUpStatus = 'on-time' | 'late' | 'pending' | 'missed' | 'planned';

export interface EventFollowUp {
  contactId: number;
  status: EventFollowUpStatus;
  /** When the follow-up happened (task done or first interaction after the event). */
  at?: number;
}

/**
 * For each person met at an event, whether the user followed up and whether
 * within 24 hours of the event's start. A follow-up is the event's follow-up
 * task for them marked done, or any interaction with them after the event
 * that was not logged at the event itself — whichever came first.
 * `planned`: the event has not happened; `pending`: its 24 hours are running.
 */
export function eventFollowUps(
  event: Pick<NetworkEvent, 'id' | 'date' | 'contactIds'>,
  tasks: readonly Pick<Task, 'kind' | 'contactId' | 'eventId' | 'status' | 'doneAt'>[],
  interactions: readonly Pick<Interaction, 'contactId' | 'date' | 'kind' | 'eventId'>[],
  now: number,
): EventFollowUp[] {
  const deadline = event.date + FOLLOW_UP_WINDOW_MS;
  return event.contactIds.map((contactId) => {
    if (event.date > now) return { contactId, status: 'planned' };
    const times = [
      ...tasks
        .filter((t) => t.contactId === contactId && t.eventId === event.id && t.status === 'done')
        .map((t) => t.doneAt ?? Infinity),
      ...interactions
        .filter(
          (i) =>
            i.contactId === contactId &&
            i.kind !== 'met-at-event' &&
            // A conversation saved at the event itself is the meeting, not the follow-up.
            (i.eventId === undefined || i.eventId !== event.id) &&
            i.date >= event.date,
        )
        .map((i) => i.date),
    ];
    const at = times.length ? Math.min(...times) : undefined;
    if (at !== undefined && at !== Infinity)
      return { contactId, status: at <= deadline ? 'on-time' : 'late', at };
    return { contactId, status: now <= deadline ? 'pending' : 'missed' };
  });
}
