/**
 * The weekly routine and its reminders: pure scheduling and lists (no browser
 * API), thin database reads and writes for the background and the dashboard,
 * and the decisions the background's alarms run (`check.ts`, `snooze.ts`),
 * handed the browser as `RoutinePorts`. See `schedule.ts` for the rules.
 */
export { inZone, isValidZone, localDay, minutesOf, resolveZone, systemZone, type Zone } from './zone';
export { isRoutineTheme, ROUTINE_THEMES, themeOf, type RoutineTheme } from './themes';
export { isAllowed, nextAllowed, nextAllowedHour, type BoundarySettings } from './boundaries';
export { dueRoutine, nextRoutineTime, type RoutineOccurrence, type ScheduleSettings } from './schedule';
export { checkMonthlyEventCap, eventsInMonth, shownToday, underDailyCap, type EventCapCheck } from './caps';
export {
  MONDAY_SIZE,
  mondayList,
  WEDNESDAY_LOOKBACK_DAYS,
  wednesdayList,
  wednesdaySince,
  type WednesdayItem,
  type WednesdayReason,
} from './lists';
export { FRIDAY_SIZE, fridayPairs, type FridayInput, type FridayPair } from './friday';
export {
  dueBy,
  dueDayOf,
  followUpDueAt,
  followUpHorizon,
  followUps,
  followUpsToDo,
  keepInTouch,
  keepInTouchDueAt,
  type Due,
  type DueDay,
} from './reminders';
export {
  isRoutineListName,
  kindOfList,
  nextNudgeAt,
  NUDGE_NAMES,
  reminderNudge,
  ROUTINE_LIST_NAMES,
  routineNudge,
  selectNudges,
  type Nudge,
  type NudgeKind,
  type RoutineListName,
  type Selection,
} from './nudges';
export { elapsedMinutes, weekStart, weekTotal } from './sessions';
export {
  loadFollowUps,
  loadFridayPairs,
  loadKeepInTouch,
  loadMondayList,
  loadRoutineNames,
  loadWednesdayList,
  type FollowUp,
} from './load-lists';
export { lastShownAt, logNotification, recentLogs, wasShown } from './notification-log';
export {
  addSessionAction,
  loadWeekTotal,
  markChecked,
  recordSessionTime,
  startSession,
  type SessionAction,
} from './session-store';
export { NOTIFICATION_PREFIX, parseTarget, SNOOZE_PREFIX, targetTail, type NudgeTarget } from './nudge-ids';
export { clockTime, nudgeBody, nudgeTitle, weekdayName } from './nudge-text';
export { type RoutinePorts } from './ports';
export { ensureRoutineAlarm, runRoutineCheck, type CheckResult } from './check';
export { runSnoozed, snoozeNudge } from './snooze';
