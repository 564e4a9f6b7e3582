import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { getSyncState, runSync } from '@/lib/sync';

/** The periodic sync alarm (changes made elsewhere arrive at least this often). */
export const SYNC_ALARM = 'guild:sync';
const SYNC_PERIOD_MINUTES = 15;
/** Edits are sent once they settle: a burst of edits is one sync. */
const SETTLE_MS = 3_000;

let soon: ReturnType<typeof setTimeout> | undefined;

/**
 * Create the periodic alarm when sync is on (and only when missing, so a
 * worker restart does not push it back), clear it when sync is off.
 */
export async function ensureSyncAlarm(): Promise<void> {
  const state = await getSyncState(getDb());
  if (!state?.enabled) {
    await browser.alarms.clear(SYNC_ALARM);
    return;
  }
  if (!(await browser.alarms.get(SYNC_ALARM))) {
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: 1 });
  }
}

/** Sync once the edits settle (repeated calls push the run back). Honours the backoff after failures. */
export function syncSoon(logError: (error: unknown) => void): void {
  clearTimeout(soon);
  soon = setTimeout(() => void runSync(getDb()).catch(logError), SETTLE_MS);
}

/** "Sync now" (and after sync is turned on): ignores the backoff wait. */
export async function syncNow(): Promise<boolean> {
  await ensureSyncAlarm();
  const outcome = await runSync(getDb(), { force: true });
  return outcome.ran && outcome.ok;
}

/** Listeners registered synchronously; the alarm ensured at each start. */
export function registerSync(logError: (error: unknown) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void runSync(getDb()).catch(logError);
  });
  ensureSyncAlarm().catch(logError);
}
