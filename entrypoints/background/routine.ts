import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import { NEXT_NUDGE_ALARM } from './alarms';
import { NOTIFICATION_PREFIX, SNOOZE_PREFIX, parseTarget } from '@/lib/routine';
import { openRoutineList } from './notifications';
import { ensureRoutineAlarm, runRoutineCheck, runSnoozed, snoozeNudge } from './routine-check';

/**
 * Within one worker, checks run one after the other: an alarm and the
 * start-up check arriving together must not both pass the dedupe.
 */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Ensure the next-nudge alarm (at start-up, and when the routine settings
 * change), queued behind any check already running.
 */
export function rescheduleRoutine(): Promise<void> {
  return serial(() => ensureRoutineAlarm(getDb(), Date.now()));
}

/** Resolves once every check queued so far has run. */
export function routineSettled(): Promise<unknown> {
  return serial(() => Promise.resolve());
}

/** The next-nudge alarm and snooze alarms. */
export function onRoutineAlarm(name: string, now = Date.now()): Promise<unknown> {
  if (name === NEXT_NUDGE_ALARM) return serial(() => runRoutineCheck(getDb(), now));
  const snoozed = parseTarget(name, SNOOZE_PREFIX);
  return snoozed ? serial(() => runSnoozed(getDb(), snoozed, now)) : Promise.resolve();
}

/** A click on the notification itself opens its list. */
export async function onNudgeClicked(notificationId: string): Promise<void> {
  const target = parseTarget(notificationId, NOTIFICATION_PREFIX);
  if (!target) return;
  await browser.notifications.clear(notificationId);
  await openRoutineList(target.list);
}

/** Button 0 opens the list; button 1 snoozes to the next allowed hour. */
export async function onNudgeButton(
  notificationId: string,
  buttonIndex: number,
  now = Date.now(),
): Promise<void> {
  const target = parseTarget(notificationId, NOTIFICATION_PREFIX);
  if (!target) return;
  if (buttonIndex === 0) return onNudgeClicked(notificationId);
  await browser.notifications.clear(notificationId);
  await snoozeNudge(getDb(), target, now);
}

/**
 * Wire the routine: listeners registered synchronously (the browser wakes
 * the worker for them), then the alarm ensured without resetting it.
 */
export function registerRoutine(logError: (error: unknown) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    onRoutineAlarm(alarm.name).catch(logError);
  });
  browser.notifications.onClicked.addListener((id) => {
    onNudgeClicked(id).catch(logError);
  });
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    onNudgeButton(id, index).catch(logError);
  });
  rescheduleRoutine().catch(logError);
}
