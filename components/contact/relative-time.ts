import { getLanguage } from '@/lib/i18n';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * "12 days ago", "in 23 hours", "il y a 3 jours": the browser's own wording
 * for the UI language, so no plural rules live in our message files.
 * Days are the unit up to two months, because "last talked 45 days ago" is
 * what the keep-in-touch cadence counts in.
 */
export function relativeTime(at: number, now: number, language = getLanguage()): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    const threshold = unit === 'month' ? 60 * 86_400_000 : ms;
    if (abs >= threshold) return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}

/** A calendar date in the UI language ("20 Nov 2026"). */
export { formatDate as shortDate } from '@/lib/i18n/format';
