import { getLanguage, t, type MessageKey } from '../i18n';
import { weekdayName as dayName } from '../i18n/format';
import type { Nudge, RoutineListName } from './nudges';

/** The title key and its one-person variant, per list (Chrome's messages have no plural forms). */
const TITLES: Record<RoutineListName, [many: MessageKey, one: MessageKey]> = {
  monday: ['routineTitleMonday', 'routineTitleMondayOne'],
  wednesday: ['routineTitleWednesday', 'routineTitleWednesdayOne'],
  friday: ['routineTitleFriday', 'routineTitleFridayOne'],
  'follow-ups': ['reminderFollowUps', 'reminderFollowUpsOne'],
  'keep-in-touch': ['reminderKeepInTouch', 'reminderKeepInTouchOne'],
};

/** A weekday's name in the UI language, capitalised for a title ("Lundi"). */
export function weekdayName(weekday: number): string {
  const name = dayName(weekday);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "Monday: 4 people in your close circle to catch up on", "2 follow-ups due by tomorrow". */
export function nudgeTitle(nudge: Pick<Nudge, 'list' | 'count' | 'weekday'>): string {
  const [many, one] = TITLES[nudge.list];
  const subs = nudge.weekday === undefined ? [] : [weekdayName(nudge.weekday)];
  return nudge.count === 1 ? t(one, ...subs) : t(many, ...subs, nudge.count);
}

/** "Ana, Bruno, Chloé and 1 more": real names, so the nudge says who, not just how many. */
export function nudgeBody(nudge: Pick<Nudge, 'names' | 'count'>): string {
  const names = nudge.names.join(', ');
  const more = nudge.count - nudge.names.length;
  return more > 0 ? t('nudgeNamesMore', names, more) : names;
}

/** A time of day in the zone, for the snooze button ("Snooze until 10:00"): 24-hour in both languages, as every time Guild shows. */
export function clockTime(ms: number, zone: string): string {
  return new Intl.DateTimeFormat(getLanguage(), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(ms);
}
