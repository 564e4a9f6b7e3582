import { browser } from 'wxt/browser';
import { SNOOZE_PREFIX, targetTail, type NudgeTarget } from '@/lib/routine';

/** The single alarm for the next nudge, recomputed after each firing. */
export const NEXT_NUDGE_ALARM = 'guild:next-nudge';
/**
 * What the alarm was computed from (zone and schedule settings): when the
 * user travels or edits the routine, the next start recomputes it.
 */
const BASIS_KEY = 'routine:alarmBasis';

/**
 * Whether the next-nudge alarm exists and was computed from this basis. MV3
 * workers restart constantly: the alarm is created when missing, never
 * reset on every start (that would push it forward forever); browsers may
 * drop alarms on restart, hence the check at each start.
 */
export async function nextNudgeAlarmIsCurrent(basis: string): Promise<boolean> {
  const [alarm, stored] = await Promise.all([
    browser.alarms.get(NEXT_NUDGE_ALARM),
    browser.storage.local.get(BASIS_KEY),
  ]);
  return !!alarm && stored[BASIS_KEY] === basis;
}

/** Set (or clear, when nothing will ever be allowed) the next-nudge alarm. */
export async function scheduleNextNudge(when: number | null, basis: string): Promise<void> {
  if (when === null) await browser.alarms.clear(NEXT_NUDGE_ALARM);
  else await browser.alarms.create(NEXT_NUDGE_ALARM, { when });
  await browser.storage.local.set({ [BASIS_KEY]: basis });
}

/** Bring a snoozed nudge back at `when` (one alarm per list: snoozing again moves it). */
export async function scheduleSnooze(target: NudgeTarget, when: number): Promise<void> {
  await browser.alarms.create(SNOOZE_PREFIX + targetTail(target), { when });
}
