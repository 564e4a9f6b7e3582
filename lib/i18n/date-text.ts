import { addDays, addMinutes, addMonths, format, isValid, parse } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import type { Language } from './messages';

/**
 * Dates and times as the user reads and types them in Guild's language, not
 * the browser's (a native date or time input follows the browser's locale).
 * The stored forms stay what the forms keep: `HH:mm` for a time, `yyyy-MM-dd`
 * for a day. Pure: the parse and format are date-fns with its `fr` and `enUS`
 * locales.
 */

/** A field's value when its text could be read as no date or time: every form's validation refuses it. */
export const UNREADABLE = 'unreadable';

const LOCALE = { en: enUS, fr } as const;
const TIME = 'HH:mm';
const DAY = 'yyyy-MM-dd';
// Only hours and minutes are read; the day they fall on is irrelevant.
const ANY_DAY = new Date(2000, 0, 1);

/** A stored time (`HH:mm`) as shown: 24-hour in both languages, as the next nudge says it ("09:00"). */
export function showTime(value: string): string {
  const at = parse(value, TIME, ANY_DAY);
  return isValid(at) ? format(at, TIME) : '';
}

/**
 * A typed time → `HH:mm`, or null when it is not one. Reads "09:30", "9:30",
 * "9", "21h", "9 h 30", "9h30", "9:30 pm", "9pm", "12 a.m." (either language:
 * none of these means two different times). 24:00 is not a time.
 */
export function parseTime(text: string): string | null {
  const s = text
    .trim()
    .toLowerCase()
    .replace(/([ap])\.?\s*m\.?$/, ' $1m') // "9:30pm", "9:30 p.m." → "9:30 pm"
    .replace(/\s*[h:]\s*/, ':') // "9 h 30", "9h30" → "9:30"
    .replace(/:(?=$| )/, '') // "9h" → "9"
    .replace(/\s+/g, ' ');
  const shape = /^(\d{1,2})(:\d{2})?( [ap]m)?$/.exec(s);
  if (!shape) return null;
  const pattern = `${shape[3] ? 'h' : 'H'}${shape[2] ? ':mm' : ''}${shape[3] ? ' a' : ''}`;
  const at = parse(s, pattern, ANY_DAY, { locale: enUS });
  return isValid(at) ? format(at, TIME) : null;
}

/** A stored time moved by some minutes, round the clock ("23:59" + 1 → "00:00"). */
export function stepTime(value: string, minutes: number): string {
  const at = parse(value, TIME, ANY_DAY);
  return isValid(at) ? format(addMinutes(at, minutes), TIME) : value;
}

const SHOWN_DAY: Record<Language, string> = { fr: 'dd/MM/yyyy', en: 'MMM d, yyyy' };
const SPELLED_DAY: Record<Language, string> = { fr: 'EEEE d MMMM yyyy', en: 'EEEE, MMMM d, yyyy' };

function dayOf(value: string): Date | null {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parse(value, DAY, ANY_DAY) : null;
  return at && isValid(at) ? at : null;
}

/** A stored day (`yyyy-MM-dd`) as shown: "07/12/2026" in French, "Dec 7, 2026" in English. */
export function showDay(value: string, language: Language): string {
  const at = dayOf(value);
  return at ? format(at, SHOWN_DAY[language], { locale: LOCALE[language] }) : '';
}

/** A stored day spelled out, to show how a typed date was read: « lundi 7 décembre 2026 », "Monday, December 7, 2026". */
export function spellDay(value: string, language: Language): string {
  const at = dayOf(value);
  return at ? format(at, SPELLED_DAY[language], { locale: LOCALE[language] }) : '';
}

/**
 * What a typed day may look like, by shape (a digit count decides a year of
 * 2 or 4 digits, which date-fns alone would both read as 4) and the date-fns
 * pattern that reads it. Numbers are day first in French, month first in
 * English (as each writes them); ISO `2026-12-07` and month names read in both.
 */
const NUMERIC: Record<Language, [RegExp, string][]> = {
  fr: [
    [/^\d{1,2}\/\d{1,2}\/\d{4}$/, 'd/M/yyyy'],
    [/^\d{1,2}\/\d{1,2}\/\d{2}$/, 'd/M/yy'],
    [/^\d{1,2}\/\d{1,2}$/, 'd/M'],
  ],
  en: [
    [/^\d{1,2}\/\d{1,2}\/\d{4}$/, 'M/d/yyyy'],
    [/^\d{1,2}\/\d{1,2}\/\d{2}$/, 'M/d/yy'],
    [/^\d{1,2}\/\d{1,2}$/, 'M/d'],
  ],
};
const NAMED: Record<Language, string[]> = {
  fr: ['d MMMM yyyy', 'd MMM yyyy', 'd MMMM', 'd MMM'],
  en: ['MMMM d yyyy', 'MMM d yyyy', 'd MMMM yyyy', 'd MMM yyyy', 'MMMM d', 'MMM d'],
};

/**
 * A typed day → `yyyy-MM-dd`, or null when it is not a day of the calendar
 * (31/02, 29/02 outside a leap year). French: "07/12/2026", "7/12/26",
 * "7.12.2026", "7 décembre 2026", "7 déc. 2026"; English: "Dec 7, 2026",
 * "December 7 2026", "12/7/2026", "12-7-26", "7 Dec 2026". A date without its
 * year is in `now`'s year; a two-digit year is the nearest to `now`'s.
 */
export function parseDay(text: string, language: Language, now: Date = new Date()): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)) return read(trimmed, 'yyyy-M-d', language, now);
  const numeric = trimmed.replace(/\s*[./-]\s*/g, '/');
  for (const [shape, pattern] of NUMERIC[language]) {
    if (shape.test(numeric)) return read(numeric, pattern, language, now);
  }
  const named = trimmed
    .toLowerCase()
    .replace(/(\p{L})\./gu, '$1') // "déc." → "déc"
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ');
  if (!/^[\p{L}\d ]+$/u.test(named)) return null;
  for (const pattern of NAMED[language]) {
    // date-fns reads "26" as the year 26 for yyyy: a named date's year is written in full.
    if (pattern.includes('y') !== /\d{4}/.test(named)) continue;
    const day = read(named, pattern, language, now);
    if (day) return day;
  }
  return null;
}

function read(text: string, pattern: string, language: Language, now: Date): string | null {
  const at = parse(text, pattern, now, { locale: LOCALE[language] });
  return isValid(at) ? format(at, DAY) : null;
}

/** A stored day moved by some days or months (31 Jan + 1 month → 28 or 29 Feb). */
export function stepDay(value: string, by: { days?: number; months?: number }): string {
  const at = dayOf(value);
  return at ? format(addMonths(addDays(at, by.days ?? 0), by.months ?? 0), DAY) : value;
}

/** The time of an instant, local, stored form (`HH:mm`): where stepping an empty time field starts. */
export function timeAt(at: number): string {
  return format(at, TIME);
}

/** The day of an instant, local, stored form (`yyyy-MM-dd`): where stepping an empty date field starts. */
export function dayAt(at: number): string {
  return format(at, DAY);
}
