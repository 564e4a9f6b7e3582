import type { Nudge } from './nudges';
import type { NudgeTarget } from './nudge-ids';

/**
 * What the routine's decisions need from the browser, handed in by the
 * background (alarms, notifications, storage) so the decisions stay plain
 * functions a test can drive with fakes.
 */
export interface RoutinePorts {
  /** Show a nudge; `snoozeUntil` is the snooze button's time (`null`: no snooze is possible). */
  show(nudge: Nudge, snoozeUntil: number | null, zone: string): Promise<unknown>;
  /** Set the single next-nudge alarm (`null`: clear it), remembering the basis it was computed from. */
  scheduleNext(when: number | null, basis: string): Promise<void>;
  /** Bring a snoozed nudge back at `when`. */
  scheduleSnooze(target: NudgeTarget, when: number): Promise<void>;
  /** Whether the next-nudge alarm exists and was computed from this basis. */
  nextIsCurrent(basis: string): Promise<boolean>;
}
