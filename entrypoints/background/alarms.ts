import { browser } from 'wxt/browser';
import { SNOOZE_PREFIX, targetTail, type NudgeTarget } from './nudge-ids';

/** The single alarm for the next nudge, recomputed after each firing. */
export const NEXT_NUDGE_ALARM = 'guild:next-nudge';
/** The zone the alarm was computed in: when the user's zone changes, it is recomputed. */
const ZONE_KEY = 'routine:alarmZone';

/**
 * Whether the next-nudge alarm exists and was computed in this zone. MV3
 * workers restart constantly: the alarm is created when missing, never
 * reset on every start (that would push it forward forever); browsers may
 * drop alarms on restart, hence the check at each start.
 */
export async function nextNudgeAlarmIsCurrent(zone: string): Promise<boolean> {
  const [alarm, stored] = await Promise.all([
    browser.alarms.get(NEXT_NUDGE_ALARM),
    browser.storage.local.get(ZONE_KEY),
  ]);
  return !!alarm && stored[ZONE_KEY] === zone;
}

/** Set (or clear, when nothing will ever be allowed) the next-nudge alarm. */
export async function scheduleNextNudge(when: number | null, zone: string): Promise<void> {
  if (when === null) await browser.alarms.clear(NEXT_NUDGE_ALARM);
  else await browser.alarms.create(NEXT_NUDGE_ALARM, { when });
  await browser.storage.local.set({ [ZONE_KEY]: zone });
}

/** Bring a snoozed nudge back at `when` (one alarm per list: snoozing again moves it). */
export async function scheduleSnooze(target: NudgeTarget, when: number): Promise<void> {
  await browser.alarms.create(SNOOZE_PREFIX + targetTail(target), { when });
}
