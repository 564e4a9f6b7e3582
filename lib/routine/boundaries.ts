import { addDays, set, startOfDay } from 'date-fns';
import type { Settings } from '../schemas/settings';
import { inZone, minutesOf, type Zone } from './zone';

/** The settings the boundaries depend on (a subset, so callers and tests pass only what matters). */
export type BoundarySettings = Pick<Settings, 'quietHours' | 'protectedDays' | 'vacationUntil'>;

/**
 * Quiet hours as minutes of the day. `start > end` is a range that crosses
 * midnight (the default 20:00–08:00); `start === end` means no quiet hours.
 */
export function inQuietHours(minuteOfDay: number, quiet: BoundarySettings['quietHours']): boolean {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}

/** Whether Guild may notify at this instant: outside quiet hours, protected days and vacation. */
export function isAllowed(ms: number, settings: BoundarySettings, zone: Zone): boolean {
  if (settings.vacationUntil !== undefined && ms < settings.vacationUntil) return false;
  const local = inZone(ms, zone);
  if (settings.protectedDays.includes(local.getDay())) return false;
  return !inQuietHours(local.getHours() * 60 + local.getMinutes(), settings.quietHours);
}

/** A week plus vacation and quiet hours is at most a few jumps; more means every day is protected. */
const MAX_JUMPS = 16;

/**
 * The first allowed instant at or after `ms`, or `null` when nothing is ever
 * allowed (all seven days protected). Each step jumps to the end of the
 * boundary that holds `ms` (vacation end, next local midnight, quiet-hours
 * end), in the zone, so DST days are counted as the clock on the wall says.
 */
export function nextAllowed(ms: number, settings: BoundarySettings, zone: Zone): number | null {
  let at = ms;
  for (let jump = 0; jump < MAX_JUMPS; jump += 1) {
    if (settings.vacationUntil !== undefined && at < settings.vacationUntil) {
      at = settings.vacationUntil;
      continue;
    }
    const local = inZone(at, zone);
    if (settings.protectedDays.includes(local.getDay())) {
      at = startOfDay(addDays(local, 1)).getTime();
      continue;
    }
    const minute = local.getHours() * 60 + local.getMinutes();
    if (!inQuietHours(minute, settings.quietHours)) return at;
    const end = minutesOf(settings.quietHours.end);
    // Past the start of a range that crosses midnight: the quiet hours end tomorrow.
    const day = minute >= end ? addDays(local, 1) : local;
    at = set(day, { hours: Math.floor(end / 60), minutes: end % 60, seconds: 0, milliseconds: 0 }).getTime();
  }
  return null;
}

/**
 * Where a snoozed nudge comes back: the next full hour, or the next allowed
 * time after it when that hour is inside a boundary.
 */
export function nextAllowedHour(ms: number, settings: BoundarySettings, zone: Zone): number | null {
  const local = inZone(ms, zone);
  const nextHour = set(local, { minutes: 0, seconds: 0, milliseconds: 0 }).getTime() + 60 * 60 * 1000;
  return nextAllowed(nextHour, settings, zone);
}
