import { getLanguage, type Language } from './index';

/** A calendar date in the UI language ("20 Nov 2026", "20 nov. 2026"). */
export function formatDate(at: number, language: Language = getLanguage()): string {
  return new Date(at).toLocaleDateString(language, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A weekday's name in the UI language ("Monday", "lundi"; 0 = Sunday). 2026-11-22 was a Sunday. */
export function weekdayName(day: number, language: Language = getLanguage()): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 10, 22 + day)),
  );
}

/** A date and time in the UI language, 24-hour in both as every time Guild shows ("Nov 20, 2026, 14:05", "20 nov. 2026, 14:05"). */
export function formatDateTime(at: number, language: Language = getLanguage()): string {
  return new Date(at).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
}

/** A number in the UI language ("100,000", "100 000"). */
export function formatNumber(n: number, language: Language = getLanguage()): string {
  return n.toLocaleString(language);
}
