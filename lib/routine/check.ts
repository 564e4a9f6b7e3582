import type { GuildDatabase } from '../db';
import { nextAllowedHour } from './boundaries';
import { loadFollowUps, loadKeepInTouch, loadRoutineNames } from './load-lists';
import { lastShownAt, logNotification, recentLogs, wasShown } from './notification-log';
import { nextNudgeAt, reminderNudge, routineNudge, selectNudges, type Nudge } from './nudges';
import type { RoutinePorts } from './ports';
import { prepareCheck, type PreparedCheck } from './prepare';
import { dueBy, followUpsToDo } from './reminders';
import { dueRoutine } from './schedule';

/** How far back the notification log is read for the dedupe and the daily cap. */
export const LOG_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export interface CheckResult {
  shown: Nudge[];
  held: 'boundary' | 'cap' | null;
  /** When the next-nudge alarm is set for (`null`: nothing will ever be allowed). */
  next: number | null;
}

/** Show a nudge (its snooze button at the next allowed hour) and log it for the dedupe and the cap. */
export async function showAndLog(
  db: GuildDatabase,
  ports: RoutinePorts,
  nudge: Nudge,
  now: number,
  { settings, zone }: PreparedCheck,
): Promise<void> {
  await ports.show(nudge, nextAllowedHour(now, settings, zone), zone);
  await logNotification(db, { kind: nudge.kind, at: now, dedupeKey: nudge.dedupeKey });
}

/**
 * What the alarm does at `now` (passed in, so tests and the catch-up run at
 * any time): find what is due — the routine day's list, follow-ups,
 * keep-in-touch — apply the boundaries, the dedupe and the daily cap, show
 * at most one notification per kind, then set the single next-nudge alarm.
 * `prepared`: the settings already read by the caller (not read twice).
 */
export async function runRoutineCheck(
  db: GuildDatabase,
  ports: RoutinePorts,
  now: number,
  prepared?: PreparedCheck,
): Promise<CheckResult> {
  const ready = prepared ?? (await prepareCheck(db));
  const { settings, zone, basis } = ready;
  const logs = await recentLogs(db, now - LOG_WINDOW_MS);
  const occurrence = dueRoutine(now, settings, zone);
  const routine =
    occurrence && !(await wasShown(db, `routine:${occurrence.day}`))
      ? routineNudge(occurrence, await loadRoutineNames(db, occurrence.theme, now, settings))
      : null;
  const [followUps, keepInTouch] = await Promise.all([
    loadFollowUps(db),
    loadKeepInTouch(db, settings, zone),
  ]);
  const candidates = [
    routine,
    reminderNudge(
      'follow-up',
      dueBy(followUps, now),
      await lastShownAt(db, 'follow-up'),
      followUpsToDo(followUps, now, zone),
    ),
    reminderNudge('keep-in-touch', dueBy(keepInTouch, now), await lastShownAt(db, 'keep-in-touch')),
  ];
  const selection = selectNudges(candidates, logs, now, settings, zone);
  for (const nudge of selection.show) await showAndLog(db, ports, nudge, now, ready);
  const upcoming = [...followUps, ...keepInTouch].map((d) => d.dueAt);
  const next = nextNudgeAt(now, settings, zone, upcoming, selection.held);
  await ports.scheduleNext(next, basis);
  return { shown: selection.show, held: selection.held, next };
}

/**
 * At every service-worker start: run the check only when the next-nudge
 * alarm is missing (first run, or the browser dropped it) or was computed in
 * another time zone or from other routine settings. The check catches up a
 * routine missed while the browser was closed — once, the same day, when allowed.
 */
export async function ensureRoutineAlarm(db: GuildDatabase, ports: RoutinePorts, now: number): Promise<void> {
  const prepared = await prepareCheck(db);
  if (!(await ports.nextIsCurrent(prepared.basis))) await runRoutineCheck(db, ports, now, prepared);
}
