import { addDays, startOfDay } from 'date-fns';
import type { NotificationLog } from '../schemas/feedback';
import type { Settings } from '../schemas/settings';
import { isAllowed, nextAllowed } from './boundaries';
import { underDailyCap } from './caps';
import type { Due } from './reminders';
import { nextRoutineTime, type RoutineOccurrence } from './schedule';
import { ROUTINE_THEMES } from './themes';
import { inZone, type Zone } from './zone';

export type NudgeKind = NotificationLog['kind'];

/** The dashboard lists a nudge opens: a theme's list, or a reminder's. */
export const ROUTINE_LIST_NAMES = [...ROUTINE_THEMES, 'follow-ups', 'keep-in-touch'] as const;
export type RoutineListName = (typeof ROUTINE_LIST_NAMES)[number];

/** Whether a string (a URL segment) names a routine list (`#/routine/<list>`). */
export function isRoutineListName(value: string | undefined): value is RoutineListName {
  return (ROUTINE_LIST_NAMES as readonly string[]).includes(value ?? '');
}

/** The kind of nudge that opens a list. */
export function kindOfList(list: RoutineListName): NudgeKind {
  return list === 'follow-ups' ? 'follow-up' : list === 'keep-in-touch' ? 'keep-in-touch' : 'routine';
}

/** How many names a nudge's body shows (the count says how many more). */
export const NUDGE_NAMES = 3;

/** One notification Guild would show: a whole kind grouped into one. */
export interface Nudge {
  kind: NudgeKind;
  /** Logged with the notification; the same key is never shown twice. */
  dedupeKey: string;
  list: RoutineListName;
  count: number;
  /** A few names for the notification's body. */
  names: string[];
  /** For routine nudges: the routine day's weekday (the title names it). */
  weekday?: number;
}

/** A routine occurrence and its list become a nudge; an empty list makes none. */
export function routineNudge(occurrence: RoutineOccurrence, names: readonly string[]): Nudge | null {
  if (!names.length) return null;
  return {
    kind: 'routine',
    dedupeKey: `routine:${occurrence.day}`,
    list: occurrence.theme,
    count: names.length,
    names: names.slice(0, NUDGE_NAMES),
    weekday: occurrence.weekday,
  };
}

/**
 * Everything of one reminder kind that is due becomes one nudge — when
 * something became due since that kind was last shown (so a shown reminder
 * does not come back every hour, and a new one is not lost). `listed`: the
 * rows of the list the nudge opens, which it counts and names (follow-ups:
 * also today's and tomorrow's); by default what is due.
 */
export function reminderNudge(
  kind: 'follow-up' | 'keep-in-touch',
  due: readonly Due<{ name: string }>[],
  lastShownAt: number | undefined,
  listed: readonly Due<{ name: string }>[] = due,
): Nudge | null {
  const newest = Math.max(-1, ...due.map((d) => d.dueAt));
  if (!due.length || (lastShownAt !== undefined && newest <= lastShownAt)) return null;
  return {
    kind,
    dedupeKey: `${kind}:${newest}`,
    list: kind === 'follow-up' ? 'follow-ups' : 'keep-in-touch',
    count: listed.length,
    names: listed.slice(0, NUDGE_NAMES).map((d) => d.item.name),
  };
}

export interface Selection {
  /** Shown now, in order. */
  show: Nudge[];
  /** Held back: `boundary` when now is not allowed, `cap` when today's cap is reached. */
  held: 'boundary' | 'cap' | null;
}

/**
 * Apply the boundaries to what is due: nothing at all inside quiet hours,
 * protected days or vacation; nothing already shown (dedupe key); no more
 * than the daily cap, routine first, then follow-ups, then keep-in-touch.
 */
export function selectNudges(
  candidates: readonly (Nudge | null)[],
  logs: readonly NotificationLog[],
  now: number,
  settings: Settings,
  zone: Zone,
): Selection {
  const fresh = candidates.filter((n): n is Nudge => !!n && !logs.some((l) => l.dedupeKey === n.dedupeKey));
  if (!fresh.length) return { show: [], held: null };
  if (!isAllowed(now, settings, zone)) return { show: [], held: 'boundary' };
  const show: Nudge[] = [];
  const shown = [...logs];
  for (const nudge of fresh) {
    if (!underDailyCap(shown, now, zone, settings.dailyNotificationCap)) return { show, held: 'cap' };
    show.push(nudge);
    shown.push({ kind: nudge.kind, at: now, dedupeKey: nudge.dedupeKey });
  }
  return { show, held: null };
}

/** Alarms closer than this are pointless (Chrome fires packed extensions' alarms at most every 30 s). */
const MIN_DELAY_MS = 60_000;

/**
 * When the single "next nudge" alarm should fire: the next routine time, the
 * next reminder due time (moved to the next allowed time), or — when
 * something was held back — the next allowed time (boundary) or the start of
 * tomorrow's allowed time (cap). `null` when nothing will ever be allowed.
 */
export function nextNudgeAt(
  now: number,
  settings: Settings,
  zone: Zone,
  upcomingDueTimes: readonly number[],
  held: Selection['held'],
): number | null {
  const times: (number | null)[] = [nextRoutineTime(now, settings, zone)];
  const nextDue = Math.min(...upcomingDueTimes.filter((t) => t > now));
  if (Number.isFinite(nextDue)) times.push(nextAllowed(nextDue, settings, zone));
  if (held === 'boundary') times.push(nextAllowed(now, settings, zone));
  if (held === 'cap')
    times.push(nextAllowed(startOfDay(addDays(inZone(now, zone), 1)).getTime(), settings, zone));
  const valid = times.filter((t): t is number => t !== null).map((t) => Math.max(t, now + MIN_DELAY_MS));
  return valid.length ? Math.min(...valid) : null;
}
