import { describe, expect, test } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { dueBy, dueDayOf, followUpHorizon } from '@/lib/routine/reminders';

const PARIS = 'Europe/Paris';
const at = (y: number, m: number, d: number, h: number, min = 0) =>
  new TZDate(y, m - 1, d, h, min, PARIS).getTime();

describe('“Follow-ups due” looks to the end of tomorrow', () => {
  // Monday 7 December 2026, 10:00 in Paris.
  const now = at(2026, 12, 7, 10);

  test('the horizon is the last millisecond of tomorrow in the user’s zone', () => {
    expect(followUpHorizon(now, PARIS)).toBe(at(2026, 12, 9, 0) - 1);
    // Late on Sunday 29 March 2026 (the clocks went forward that morning): still the end of Monday.
    expect(followUpHorizon(at(2026, 3, 29, 23, 30), PARIS)).toBe(at(2026, 3, 31, 0) - 1);
  });

  test('late, today, tomorrow are in; the day after is not', () => {
    const due = [
      { item: 'late', dueAt: at(2026, 12, 5, 9) },
      { item: 'today', dueAt: at(2026, 12, 7, 18) },
      { item: 'tomorrow', dueAt: at(2026, 12, 8, 23, 59) },
      { item: 'after', dueAt: at(2026, 12, 9, 0) },
    ];
    expect(dueBy(due, followUpHorizon(now, PARIS)).map((d) => d.item)).toEqual(['late', 'today', 'tomorrow']);
    expect(due.map((d) => dueDayOf(d.dueAt, now, PARIS))).toEqual(['overdue', 'today', 'tomorrow', 'later']);
  });

  test('what is due this very minute is late, not “today”', () => {
    expect(dueDayOf(now, now, PARIS)).toBe('overdue');
    expect(dueDayOf(now + 1, now, PARIS)).toBe('today');
  });

  test('the day is the user’s zone’s, not UTC’s', () => {
    // 00:30 on Tuesday in Paris is still Monday in UTC: tomorrow for a Parisian at 10:00 on Monday.
    expect(dueDayOf(at(2026, 12, 8, 0, 30), now, PARIS)).toBe('tomorrow');
  });
});
