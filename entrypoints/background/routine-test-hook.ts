import { browser } from 'wxt/browser';
import { NEXT_NUDGE_ALARM } from './alarms';
import { onNudgeButton, onNudgeClicked, onRoutineAlarm, routineSettled } from './routine';

/** What end-to-end tests reach from `serviceWorker.evaluate` in a test build. */
export interface RoutineTestHook {
  /**
   * Take the clock from the real one: clear the real next-nudge alarm, wait for any check
   * already queued, clear what it showed. (On a real Monday morning the start-up check's
   * own nudge would otherwise land beside the test's.)
   */
  quiet(): Promise<void>;
  /** Run the next-nudge alarm's handler as if it fired at `now`. */
  fireAt(now: number): Promise<unknown>;
  /** Do what a click on the notification does (nothing can click the real notification UI). */
  click(notificationId: string): Promise<void>;
  /** Do what a click on a notification button does, at `now`. */
  button(notificationId: string, index: number, now: number): Promise<void>;
}

/**
 * Exposes the routine's real handlers, with an injected clock, on
 * `globalThis.guildRoutineTest` — only in builds made with `--mode test`
 * (the caller is guarded by `import.meta.env.MODE`, so production bundles
 * drop this module entirely). The handlers are the same functions the
 * alarm and notification listeners call.
 */
export function exposeRoutineTestHook(): void {
  const hook: RoutineTestHook = {
    quiet: async () => {
      await browser.alarms.clear(NEXT_NUDGE_ALARM);
      await routineSettled();
      for (const id of Object.keys(await browser.notifications.getAll()))
        await browser.notifications.clear(id);
    },
    fireAt: (now) => onRoutineAlarm(NEXT_NUDGE_ALARM, now),
    click: onNudgeClicked,
    button: onNudgeButton,
  };
  (globalThis as { guildRoutineTest?: RoutineTestHook }).guildRoutineTest = hook;
}
