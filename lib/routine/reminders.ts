import { addDays, startOfDay } from 'date-fns';
import type { Contact } from '../schemas/contact';
import type { Settings } from '../schemas/settings';
import type { Task } from '../schemas/task';
import { followUpDueAt } from './follow-up-due';
import { inZone, localDay, type Zone } from './zone';

/** A person or task that is (or will be) due, with the instant it becomes due. */
export interface Due<T> {
  item: T;
  dueAt: number;
}

/** Open tasks that are follow-ups (everything but keep-in-touch, which contacts carry themselves). */
function isFollowUp(task: Task): boolean {
  return task.status === 'open' && task.kind !== 'keep-in-touch';
}

export { followUpDueAt };

/** Every open follow-up with its due time, soonest first (future ones included, for the next alarm). */
export function followUps(tasks: readonly Task[]): Due<Task>[] {
  return tasks
    .filter(isFollowUp)
    .map((item) => ({ item, dueAt: followUpDueAt(item) }))
    .sort((a, b) => a.dueAt - b.dueAt);
}

/**
 * When a contact is due for a keep-in-touch: their last interaction (any
 * kind resets it) plus their cadence — their own override, else their
 * circle's. Never-contacted people count from when they were saved. Dormant
 * people are never due. Days are added in the zone, so DST does not shift
 * the hour.
 */
export function keepInTouchDueAt(
  contact: Contact,
  cadence: Settings['cadenceDays'],
  zone: Zone,
): number | null {
  if (contact.circle === 'dormant') return null;
  const days = contact.cadenceDays ?? cadence[contact.circle];
  const since = contact.lastInteractionAt ?? contact.createdAt;
  return addDays(inZone(since, zone), days).getTime();
}

/** Every contact with a keep-in-touch date, soonest first. */
export function keepInTouch(
  contacts: readonly Contact[],
  cadence: Settings['cadenceDays'],
  zone: Zone,
): Due<Contact>[] {
  const due: Due<Contact>[] = [];
  for (const item of contacts) {
    const dueAt = keepInTouchDueAt(item, cadence, zone);
    if (dueAt !== null) due.push({ item, dueAt });
  }
  return due.sort((a, b) => a.dueAt - b.dueAt);
}

/** Those due at `now`. */
export function dueBy<T>(list: readonly Due<T>[], now: number): Due<T>[] {
  return list.filter((d) => d.dueAt <= now);
}

/**
 * How far "Follow-ups due" looks: to the end of tomorrow in the user's zone,
 * so that what is due today and tomorrow is there to plan, not only what is
 * already late.
 */
export function followUpHorizon(now: number, zone: Zone): number {
  // The instant before the day after tomorrow starts (date-fns' startOfDay is already in the background; endOfDay is not).
  return startOfDay(addDays(inZone(now, zone), 2)).getTime() - 1;
}

/**
 * What "Follow-ups due" lists at `now`: the late ones, today's and
 * tomorrow's (in the user's zone), soonest first. The routine page's list and
 * the follow-up notification both count these, so the notification says how
 * many rows the user finds when they click it.
 */
export function followUpsToDo<T>(list: readonly Due<T>[], now: number, zone: Zone): Due<T>[] {
  return dueBy(list, followUpHorizon(now, zone));
}

/** When something is due, seen from `now` in the zone. */
export type DueDay = 'overdue' | 'today' | 'tomorrow' | 'later';

export function dueDayOf(dueAt: number, now: number, zone: Zone): DueDay {
  if (dueAt <= now) return 'overdue';
  const day = localDay(dueAt, zone);
  if (day === localDay(now, zone)) return 'today';
  if (day === localDay(addDays(inZone(now, zone), 1).getTime(), zone)) return 'tomorrow';
  return 'later';
}
