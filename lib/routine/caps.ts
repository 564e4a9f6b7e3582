import type { NotificationLog } from '../schemas/feedback';
import { localDay, type Zone } from './zone';

/** How many notifications Guild has shown on the local day of `now`. */
export function shownToday(logs: readonly Pick<NotificationLog, 'at'>[], now: number, zone: Zone): number {
  const today = localDay(now, zone);
  return logs.filter((log) => localDay(log.at, zone) === today).length;
}

/** Whether one more notification today stays within the daily cap. */
export function underDailyCap(
  logs: readonly Pick<NotificationLog, 'at'>[],
  now: number,
  zone: Zone,
  cap: number,
): boolean {
  return shownToday(logs, now, zone) < cap;
}

/** What the events screen shows before the user plans an event. */
export interface EventCapCheck {
  /** Events in that local month, the planned one included. */
  count: number;
  cap: number;
  /** True from the event after the cap (the fourth with the default cap of 3): warn, never forbid. */
  overCap: boolean;
}

/** The events that fall in the local month (in `zone`) of `date`. */
export function eventsInMonth<E extends { date: number }>(
  events: readonly E[],
  date: number,
  zone: Zone,
): E[] {
  const month = localDay(date, zone).slice(0, 7);
  return events.filter((e) => localDay(e.date, zone).slice(0, 7) === month);
}

/**
 * The guide's boundary "at most 2–3 networking events a month": count the
 * events in the planned event's local month, plus the one being planned
 * (`excludeId` leaves out the event being edited, so it is not counted twice).
 */
export function checkMonthlyEventCap(
  events: readonly { id?: number; date: number }[],
  planned: { id?: number; date: number },
  zone: Zone,
  cap: number,
): EventCapCheck {
  const others = eventsInMonth(events, planned.date, zone).filter(
    (e) => planned.id === undefined || e.id !== planned.id,
  );
  const count = others.length + 1;
  return { count, cap, overCap: count > cap };
}
