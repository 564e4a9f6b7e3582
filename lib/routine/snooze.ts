import type { GuildDatabase } from '../db';
import { isAllowed, nextAllowed, nextAllowedHour } from './boundaries';
import { underDailyCap } from './caps';
import { LOG_WINDOW_MS, showAndLog } from './check';
import { loadFollowUps, loadKeepInTouch, loadRoutineNames } from './load-lists';
import { recentLogs } from './notification-log';
import type { NudgeTarget } from './nudge-ids';
import { kindOfList, NUDGE_NAMES, type Nudge } from './nudges';
import type { RoutinePorts } from './ports';
import { prepareCheck } from './prepare';
import { dueBy, followUpsToDo } from './reminders';

/** Snooze a shown nudge to the next allowed hour; returns when it comes back (`null`: never). */
export async function snoozeNudge(
  db: GuildDatabase,
  ports: RoutinePorts,
  target: NudgeTarget,
  now: number,
): Promise<number | null> {
  const { settings, zone } = await prepareCheck(db);
  const when = nextAllowedHour(now, settings, zone);
  if (when !== null) await ports.scheduleSnooze(target, when);
  return when;
}

/**
 * A snoozed nudge comes back with its list recomputed (someone may have been
 * checked meanwhile), still inside the boundaries and the daily cap. A
 * follow-up nudge counts what "Follow-ups due" lists, as when first shown.
 */
export async function runSnoozed(
  db: GuildDatabase,
  ports: RoutinePorts,
  target: NudgeTarget,
  now: number,
): Promise<Nudge | null> {
  const prepared = await prepareCheck(db);
  const { settings, zone } = prepared;
  if (!isAllowed(now, settings, zone)) {
    const later = nextAllowed(now, settings, zone);
    if (later !== null) await ports.scheduleSnooze(target, later);
    return null;
  }
  if (!underDailyCap(await recentLogs(db, now - LOG_WINDOW_MS), now, zone, settings.dailyNotificationCap))
    return null;
  const names =
    target.list === 'follow-ups'
      ? followUpsToDo(await loadFollowUps(db), now, zone).map((d) => d.item.name)
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
  await showAndLog(db, ports, nudge, now, prepared);
  return nudge;
}
