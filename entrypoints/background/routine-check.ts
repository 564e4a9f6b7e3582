import { getSettings, type GuildDatabase } from '@/lib/db';
import { loadLanguage, resolveLanguage, setLanguage } from '@/lib/i18n';
import type { Settings } from '@/lib/schemas/settings';
import {
  dueBy,
  dueRoutine,
  isAllowed,
  kindOfList,
  lastShownAt,
  loadFollowUps,
  loadKeepInTouch,
  loadRoutineNames,
  logNotification,
  nextAllowed,
  nextAllowedHour,
  nextNudgeAt,
  NUDGE_NAMES,
  recentLogs,
  reminderNudge,
  resolveZone,
  routineNudge,
  selectNudges,
  underDailyCap,
  wasShown,
  type Nudge,
} from '@/lib/routine';
import { nextNudgeAlarmIsCurrent, scheduleNextNudge, scheduleSnooze } from './alarms';
import type { NudgeTarget } from './nudge-ids';
import { showNudge } from './notifications';

const TWO_DAYS_MS = 2 * 24 * 60 * 60 * 1000;

export interface CheckResult {
  shown: Nudge[];
  held: 'boundary' | 'cap' | null;
  /** When the next-nudge alarm is set for (`null`: nothing will ever be allowed). */
  next: number | null;
}

/** The settings a check runs with, its zone, and the basis the next-nudge alarm is computed from. */
interface Prepared {
  settings: Settings;
  zone: string;
  basis: string;
}

async function prepare(db: GuildDatabase): Promise<Prepared> {
  const settings = await getSettings(db);
  // Notifications speak the user's language: the setting's, or the browser's ('auto').
  const language = resolveLanguage(settings.language, globalThis.navigator?.language);
  await loadLanguage(language);
  setLanguage(language);
  const zone = resolveZone(settings.timeZone);
  const { routineDays, routineTime, quietHours, protectedDays, vacationUntil } = settings;
  const basis = JSON.stringify([
    zone,
    routineDays,
    routineTime,
    quietHours,
    protectedDays,
    vacationUntil ?? null,
  ]);
  return { settings, zone, basis };
}

async function show(db: GuildDatabase, nudge: Nudge, now: number, settings: Settings, zone: string) {
  await showNudge(nudge, nextAllowedHour(now, settings, zone), zone);
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
  now: number,
  prepared?: Prepared,
): Promise<CheckResult> {
  const { settings, zone, basis } = prepared ?? (await prepare(db));
  const logs = await recentLogs(db, now - TWO_DAYS_MS);
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
    reminderNudge('follow-up', dueBy(followUps, now), await lastShownAt(db, 'follow-up')),
    reminderNudge('keep-in-touch', dueBy(keepInTouch, now), await lastShownAt(db, 'keep-in-touch')),
  ];
  const selection = selectNudges(candidates, logs, now, settings, zone);
  for (const nudge of selection.show) await show(db, nudge, now, settings, zone);
  const upcoming = [...followUps, ...keepInTouch].map((d) => d.dueAt);
  const next = nextNudgeAt(now, settings, zone, upcoming, selection.held);
  await scheduleNextNudge(next, basis);
  return { shown: selection.show, held: selection.held, next };
}

/**
 * At every service-worker start: run the check only when the next-nudge
 * alarm is missing (first run, or the browser dropped it) or was computed in
 * another time zone or from other routine settings. The check catches up a routine missed while the browser
 * was closed — once, the same day, when allowed.
 */
export async function ensureRoutineAlarm(db: GuildDatabase, now: number): Promise<void> {
  const prepared = await prepare(db);
  if (!(await nextNudgeAlarmIsCurrent(prepared.basis))) await runRoutineCheck(db, now, prepared);
}

/** Snooze a shown nudge to the next allowed hour. */
export async function snoozeNudge(
  db: GuildDatabase,
  target: NudgeTarget,
  now: number,
): Promise<number | null> {
  const { settings, zone } = await prepare(db);
  const when = nextAllowedHour(now, settings, zone);
  if (when !== null) await scheduleSnooze(target, when);
  return when;
}

/**
 * A snoozed nudge comes back with its list recomputed (someone may have been
 * checked meanwhile), still inside the boundaries and the daily cap.
 */
export async function runSnoozed(db: GuildDatabase, target: NudgeTarget, now: number): Promise<Nudge | null> {
  const { settings, zone } = await prepare(db);
  if (!isAllowed(now, settings, zone)) {
    const later = nextAllowed(now, settings, zone);
    if (later !== null) await scheduleSnooze(target, later);
    return null;
  }
  if (!underDailyCap(await recentLogs(db, now - TWO_DAYS_MS), now, zone, settings.dailyNotificationCap))
    return null;
  const names =
    target.list === 'follow-ups'
      ? dueBy(await loadFollowUps(db), now).map((d) => d.item.name)
      : target.list === 'keep-in-touch'
        ? dueBy(await loadKeepInTouch(db, settings, zone), now).map((d) => d.item.name)
        : await loadRoutineNames(db, target.list, now, settings);
  if (!names.length) return null;
  const nudge: Nudge = {
    kind: kindOfList(target.list),
    dedupeKey: `snoozed:${target.list}:${now}`,
    list: target.list,
    count: names.length,
    names: names.slice(0, NUDGE_NAMES),
    weekday: target.weekday,
  };
  await show(db, nudge, now, settings, zone);
  return nudge;
}
