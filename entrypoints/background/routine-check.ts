import type { GuildDatabase } from '@/lib/db';
import {
  ensureRoutineAlarm as ensure,
  runRoutineCheck as check,
  runSnoozed as snoozed,
  snoozeNudge as snooze,
  type CheckResult,
  type Nudge,
  type NudgeTarget,
  type RoutinePorts,
} from '@/lib/routine';
import { nextNudgeAlarmIsCurrent, scheduleNextNudge, scheduleSnooze } from './alarms';
import { showNudge } from './notifications';

/** The routine's decisions (lib/routine) wired to this browser's alarms, notifications and storage. */
const ports: RoutinePorts = {
  show: showNudge,
  scheduleNext: scheduleNextNudge,
  scheduleSnooze,
  nextIsCurrent: nextNudgeAlarmIsCurrent,
};

/** The next-nudge alarm fired at `now`: show what is due, set the next alarm. */
export const runRoutineCheck = (db: GuildDatabase, now: number): Promise<CheckResult> =>
  check(db, ports, now);

/** At start-up: recompute the next-nudge alarm only when missing or stale. */
export const ensureRoutineAlarm = (db: GuildDatabase, now: number): Promise<void> => ensure(db, ports, now);

/** Snooze a shown nudge to the next allowed hour. */
export const snoozeNudge = (db: GuildDatabase, target: NudgeTarget, now: number): Promise<number | null> =>
  snooze(db, ports, target, now);

/** A snooze alarm fired: show the nudge again, recomputed. */
export const runSnoozed = (db: GuildDatabase, target: NudgeTarget, now: number): Promise<Nudge | null> =>
  snoozed(db, ports, target, now);
