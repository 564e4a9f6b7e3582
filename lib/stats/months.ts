import { TZDate } from '@date-fns/tz';
import { addMonths, format, startOfMonth } from 'date-fns';

/** A local calendar month, `2026-03`. */
export type MonthKey = string;

/** One month of the Impact window: its key and its local bounds, `[start, end)` in epoch ms. */
export interface MonthSpan {
  key: MonthKey;
  start: number;
  end: number;
}

/**
 * The last `count` local months, oldest first, the current one (holding `now`) last.
 * Months are taken in the user's zone, not UTC: 00:30 on 1 March in Paris is
 * March's, even though it is still February in UTC.
 */
export function lastMonths(now: number, zone: string, count = 12): MonthSpan[] {
  const current = startOfMonth(new TZDate(now, zone));
  const spans: MonthSpan[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const start = addMonths(current, -back);
    spans.push({ key: format(start, 'yyyy-MM'), start: start.getTime(), end: addMonths(start, 1).getTime() });
  }
  return spans;
}

/** Whole local months from `from` to `to` (1 Jan → 1 Jul is 6; 1 Jan → 30 Jun is 5). */
export function monthsBetween(from: number, to: number, zone: string): number {
  const a = new TZDate(from, zone);
  const b = new TZDate(to, zone);
  let months = (b.getFullYear() - a.getFullYear()) * 12 + (b.getMonth() - a.getMonth());
  // The last month only counts once its day (and time) of the month is reached.
  if (addMonths(a, months).getTime() > b.getTime()) months -= 1;
  return Math.max(0, months);
}
