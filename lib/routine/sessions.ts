import { startOfWeek } from 'date-fns';
import type { RoutineSession } from '../schemas/library';
import { inZone, type Zone } from './zone';

/** The start of the local week (Monday, as the routine's week begins) holding `now`. */
export function weekStart(now: number, zone: Zone): number {
  return startOfWeek(inZone(now, zone), { weekStartsOn: 1 }).getTime();
}

/** Minutes spent on routine sessions this week, against the weekly budget. */
export function weekTotal(
  sessions: readonly Pick<RoutineSession, 'startedAt' | 'minutes'>[],
  now: number,
  zone: Zone,
  budgetMinutes: number,
): { minutes: number; budget: number; over: boolean } {
  const from = weekStart(now, zone);
  const minutes = Math.round(
    sessions.filter((s) => s.startedAt >= from && s.startedAt <= now).reduce((sum, s) => sum + s.minutes, 0),
  );
  return { minutes, budget: budgetMinutes, over: minutes > budgetMinutes };
}

/** A session's minutes so far, rounded up to a tenth, capped at a day (a forgotten open tab is not work). */
export function elapsedMinutes(startedAt: number, now: number): number {
  return Math.min(24 * 60, Math.max(0, Math.ceil((now - startedAt) / 6_000) / 10));
}
