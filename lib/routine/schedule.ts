import { addDays, set, startOfDay } from 'date-fns';
import type { Settings } from '../schemas/settings';
import { isAllowed, nextAllowed } from './boundaries';
import { themeOf, type RoutineTheme } from './themes';
import { inZone, localDay, minutesOf, type Zone } from './zone';

/** The settings the routine schedule depends on. */
export type ScheduleSettings = Pick<
  Settings,
  'routineDays' | 'routineTime' | 'quietHours' | 'protectedDays' | 'vacationUntil'
>;

/** One routine day's nudge: when it was planned, and when it may actually be shown. */
export interface RoutineOccurrence {
  theme: RoutineTheme;
  /** The routine day's weekday (0 = Sunday), for the title ("Monday: …"). */
  weekday: number;
  /** The planned local day, `yyyy-MM-dd`: the dedupe key, so a day is nudged once. */
  day: string;
  /** The routine hour on that day. */
  plannedAt: number;
  /** `plannedAt`, or the next allowed time when it falls inside a boundary (moved once). */
  showAt: number;
}

/** How far back and ahead occurrences are listed: more than a week, so a long move is still seen. */
const WINDOW_DAYS = 9;

/**
 * The routine occurrences planned from `fromMs - WINDOW_DAYS` to `fromMs +
 * WINDOW_DAYS`, in order. One that falls inside a boundary moves to the next
 * allowed time, once (out of a vacation, only within its own day); when that
 * move would put it at or after the next routine day's hour, the newer one
 * replaces it, so moved nudges never pile up (a vacation ending on a Wednesday
 * at noon leaves one Wednesday nudge, not Monday's and Wednesday's).
 */
function routineOccurrences(fromMs: number, settings: ScheduleSettings, zone: Zone): RoutineOccurrence[] {
  const minutes = minutesOf(settings.routineTime);
  const first = startOfDay(addDays(inZone(fromMs, zone), -WINDOW_DAYS));
  const planned: RoutineOccurrence[] = [];
  for (let i = 0; i <= 2 * WINDOW_DAYS; i += 1) {
    const date = addDays(first, i);
    if (!settings.routineDays.includes(date.getDay())) continue;
    // `set` in a TZDate keeps the wall-clock hour across DST (09:00 stays 09:00).
    const at = set(date, {
      hours: Math.floor(minutes / 60),
      minutes: minutes % 60,
      seconds: 0,
      milliseconds: 0,
    });
    const plannedAt = at.getTime();
    const showAt = isAllowed(plannedAt, settings, zone) ? plannedAt : nextAllowed(plannedAt, settings, zone);
    if (showAt === null) continue;
    // A vacation skips its routine days instead of saving them up: one it holds is
    // shown later that same day or not at all, so the first nudge after a vacation
    // is the next routine day's, at its routine hour (not the morning after, at 08:00).
    const onVacation = settings.vacationUntil !== undefined && plannedAt < settings.vacationUntil;
    if (onVacation && localDay(showAt, zone) !== localDay(plannedAt, zone)) continue;
    planned.push({
      theme: themeOf(date.getDay()),
      weekday: date.getDay(),
      day: localDay(plannedAt, zone),
      plannedAt,
      showAt,
    });
  }
  return planned.filter((occurrence, i) => {
    const next = planned[i + 1];
    return !next || occurrence.showAt < next.plannedAt;
  });
}

/**
 * The routine nudge due at `now`, if any: the latest occurrence whose show
 * time has come, provided it is still the same local day and `now` is
 * allowed. That one rule covers the alarm firing on time and the catch-up of
 * a routine missed while the browser was closed (once: the caller dedupes by
 * `day`; never a pile: only the latest counts, and only on its own day).
 */
export function dueRoutine(now: number, settings: ScheduleSettings, zone: Zone): RoutineOccurrence | null {
  if (!isAllowed(now, settings, zone)) return null;
  const past = routineOccurrences(now, settings, zone).filter((o) => o.showAt <= now);
  const latest = past[past.length - 1];
  if (!latest || localDay(latest.showAt, zone) !== localDay(now, zone)) return null;
  return latest;
}

/** The next time a routine nudge is to be shown, strictly after `now` (`null` if never). */
export function nextRoutineTime(now: number, settings: ScheduleSettings, zone: Zone): number | null {
  const upcoming = routineOccurrences(now, settings, zone).find((o) => o.showAt > now);
  return upcoming?.showAt ?? null;
}
