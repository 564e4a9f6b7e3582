import type { MessageKey } from '@/lib/i18n';
import { inQuietHours } from '@/lib/routine/boundaries';
import { minutesOf } from '@/lib/routine/zone';
import { SettingsSchema, type Settings } from '@/lib/schemas/settings';
import { toDateInput } from '../resources/dates';

/** The settings form's fields as the inputs hold them. */
export interface SettingsFormValues {
  language: Settings['language'];
  /** The name that signs messages; empty for none. */
  myName: string;
  routineDays: number[];
  /** `HH:mm` (a TimeInput's value; UNREADABLE when its text is not a time). */
  routineTime: string;
  quietStart: string;
  quietEnd: string;
  protectedDays: number[];
  /** `yyyy-mm-dd`, or empty for no vacation (a DateInput's value; UNREADABLE when its text is not a day). */
  vacationUntil: string;
  cadenceClose: string;
  cadenceActive: string;
  cadenceAcquaintance: string;
  monthlyEventCap: string;
  dailyNotificationCap: string;
  weeklyBudgetMinutes: string;
  timeZone: string;
}

export type SettingsField = keyof SettingsFormValues;
/** What is wrong with a field; the form turns it into a sentence. */
export type SettingsProblem =
  'time' | 'days' | 'overlap' | 'quiet' | 'date' | 'cadence' | 'events' | 'notifications' | 'budget' | 'zone';

/** Each problem in words, for Settings and the welcome page alike. */
export const PROBLEM_MESSAGES: Record<SettingsProblem, MessageKey> = {
  time: 'settingsErrorTime',
  days: 'settingsErrorDays',
  overlap: 'settingsErrorOverlap',
  quiet: 'settingsErrorQuiet',
  date: 'settingsErrorDate',
  cadence: 'settingsErrorCadence',
  events: 'settingsErrorEvents',
  notifications: 'settingsErrorNotifications',
  budget: 'settingsErrorBudget',
  zone: 'settingsErrorZone',
};

/** The form's values for stored settings. */
export function formFromSettings(s: Settings): SettingsFormValues {
  return {
    language: s.language,
    myName: s.myName ?? '',
    routineDays: s.routineDays,
    routineTime: s.routineTime,
    quietStart: s.quietHours.start,
    quietEnd: s.quietHours.end,
    protectedDays: s.protectedDays,
    vacationUntil: s.vacationUntil === undefined ? '' : toDateInput(s.vacationUntil),
    cadenceClose: String(s.cadenceDays.close),
    cadenceActive: String(s.cadenceDays.active),
    cadenceAcquaintance: String(s.cadenceDays.acquaintance),
    monthlyEventCap: String(s.monthlyEventCap),
    dailyNotificationCap: String(s.dailyNotificationCap),
    weeklyBudgetMinutes: String(s.weeklyBudgetMinutes),
    timeZone: s.timeZone ?? '',
  };
}

/** Where each schema path lands in the form. */
const FIELD_OF: Record<string, [SettingsField, SettingsProblem]> = {
  routineTime: ['routineTime', 'time'],
  'quietHours.start': ['quietStart', 'time'],
  'quietHours.end': ['quietEnd', 'time'],
  routineDays: ['routineDays', 'days'],
  protectedDays: ['protectedDays', 'days'],
  vacationUntil: ['vacationUntil', 'date'],
  'cadenceDays.close': ['cadenceClose', 'cadence'],
  'cadenceDays.active': ['cadenceActive', 'cadence'],
  'cadenceDays.acquaintance': ['cadenceAcquaintance', 'cadence'],
  monthlyEventCap: ['monthlyEventCap', 'events'],
  dailyNotificationCap: ['dailyNotificationCap', 'notifications'],
  weeklyBudgetMinutes: ['weeklyBudgetMinutes', 'budget'],
  timeZone: ['timeZone', 'zone'],
};

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Number('') is 0 and Number('1e1') is 10: only plain digits count as a number here.
const integer = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * Settings from the form, validated by the settings schema plus the rules it
 * cannot express (a routine day that is also protected would never fire; a
 * routine hour inside quiet hours would wait until they end; the time zone
 * must exist), or each wrong field with its problem. Pure.
 */
export function settingsFromForm(
  v: SettingsFormValues,
): { ok: true; settings: Settings } | { ok: false; errors: Partial<Record<SettingsField, SettingsProblem>> } {
  const vacation = v.vacationUntil ? new Date(`${v.vacationUntil}T23:59:59`).getTime() : undefined;
  const candidate = {
    id: 'settings',
    language: v.language,
    routineDays: [...v.routineDays].sort(),
    routineTime: v.routineTime,
    quietHours: { start: v.quietStart, end: v.quietEnd },
    protectedDays: [...v.protectedDays].sort(),
    ...(vacation === undefined ? {} : { vacationUntil: Number.isNaN(vacation) ? -1 : vacation }),
    cadenceDays: {
      close: integer(v.cadenceClose),
      active: integer(v.cadenceActive),
      acquaintance: integer(v.cadenceAcquaintance),
    },
    monthlyEventCap: integer(v.monthlyEventCap),
    dailyNotificationCap: integer(v.dailyNotificationCap),
    weeklyBudgetMinutes: integer(v.weeklyBudgetMinutes),
    ...(v.myName.trim() ? { myName: v.myName.trim().slice(0, 100) } : {}),
    ...(v.timeZone.trim() ? { timeZone: v.timeZone.trim() } : {}),
  };
  const errors: Partial<Record<SettingsField, SettingsProblem>> = {};
  const parsed = SettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p) => typeof p === 'string').join('.');
      const [field, problem] = FIELD_OF[path] ?? FIELD_OF[path.split('.')[0]!] ?? ['language', 'days'];
      errors[field] ??= problem;
    }
  }
  if (v.routineDays.length === 0) errors.routineDays ??= 'days';
  if (v.routineDays.some((d) => v.protectedDays.includes(d))) errors.protectedDays ??= 'overlap';
  const timesRead = !errors.routineTime && !errors.quietStart && !errors.quietEnd;
  if (timesRead && inQuietHours(minutesOf(v.routineTime), { start: v.quietStart, end: v.quietEnd })) {
    errors.routineTime = 'quiet';
  }
  if (candidate.timeZone && !knownZone(candidate.timeZone)) errors.timeZone ??= 'zone';
  if (!parsed.success || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, settings: parsed.data };
}
