import * as z from 'zod/mini';
import { line, prose, timeSchema } from './common';

const hhmm = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
/** Days of the week as JavaScript numbers them: 0 = Sunday … 6 = Saturday. */
const weekday = z.number().check(z.int(), z.gte(0), z.lte(6));

/** The user's settings: one record, every field with its default. */
export const SettingsSchema = z.object({
  id: z.literal('settings'),
  language: z._default(z.enum(['auto', 'en', 'fr']), 'auto'),
  /** The user's name: it signs every message Guild prepares (asked at the welcome and in settings). */
  myName: z.optional(line(100)),
  /** When the welcome page was finished or skipped; unset, it opens again on the next install event. */
  welcomeDoneAt: z.optional(timeSchema),
  /** Routine days (default Monday, Wednesday, Friday) and hour, local time. */
  routineDays: z._default(z.array(weekday).check(z.maxLength(7)), [1, 3, 5]),
  routineTime: z._default(hhmm, '09:00'),
  quietHours: z._default(z.object({ start: hhmm, end: hhmm }), { start: '20:00', end: '08:00' }),
  protectedDays: z._default(z.array(weekday).check(z.maxLength(7)), [0, 6]),
  /** Pause every nudge until this time (vacation). */
  vacationUntil: z.optional(timeSchema),
  cadenceDays: z._default(
    z.object({
      close: z.number().check(z.int(), z.positive()),
      active: z.number().check(z.int(), z.positive()),
      acquaintance: z.number().check(z.int(), z.positive()),
    }),
    { close: 14, active: 30, acquaintance: 90 },
  ),
  monthlyEventCap: z._default(z.number().check(z.int(), z.positive(), z.lte(31)), 3),
  dailyNotificationCap: z._default(z.number().check(z.int(), z.positive(), z.lte(20)), 3),
  weeklyBudgetMinutes: z._default(z.number().check(z.int(), z.positive(), z.lte(600)), 30),
  /**
   * No longer read: copying is not giving, so a copy never logs anything
   * (after Copy the user says "Sent" or "Not now"). Kept so that stored
   * settings and backups that hold it still parse.
   */
  logOnCopy: z._default(z.boolean(), true),
  /** IANA time zone; empty means the system's. */
  timeZone: z.optional(prose(100)),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Settings with every default filled. */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({ id: 'settings' });
}
