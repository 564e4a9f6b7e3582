import { describe, expect, test } from 'vitest';
import { dayColumn, parseLinkedInTime } from '@/lib/io/dates';

const day = (y: number, m: number, d: number) => ({ ok: true, day: Date.UTC(y, m - 1, d) });
const NOW = Date.UTC(2026, 11, 1);

describe('dayColumn: every format real Connections.csv files hold (issue 15, defect 2)', () => {
  test.each([
    ['26 Nov 2025', day(2025, 11, 26)],
    ['7 Nov 2025', day(2025, 11, 7)],
    ['23-Apr-23', day(2023, 4, 23)],
    ['5-Jan-26', day(2026, 1, 5)],
    ['30-oct-09', day(2009, 10, 30)],
    ['2021-09-16', day(2021, 9, 16)],
    ['16.09.2021', day(2021, 9, 16)],
  ])('%s', (text, expected) => {
    expect(dayColumn([text], NOW).read(text)).toEqual(expected);
  });

  test("LinkedIn's 2018 export (`7/26/18, 9:14 AM`) is month first, the day kept", () => {
    const column = dayColumn(['7/26/18, 9:14 AM', '3/4/18, 10:02 PM'], NOW);
    expect(column.order).toBe('month-first');
    expect(column.read('3/4/18, 10:02 PM')).toEqual(day(2018, 3, 4));
    expect(column.read('7/26/18, 9:14 AM')).toEqual(day(2018, 7, 26));
  });

  test('day/month order is decided by the whole column, not row by row', () => {
    const dayFirst = dayColumn(['03/04/2021', '16/09/2021'], NOW);
    expect(dayFirst.order).toBe('day-first');
    expect(dayFirst.read('03/04/2021')).toEqual(day(2021, 4, 3));
    const monthFirst = dayColumn(['03/04/2021', '09/16/2021'], NOW);
    expect(monthFirst.read('03/04/2021')).toEqual(day(2021, 3, 4));
  });

  test('a column that cannot tell is never guessed: empty, and said to be ambiguous', () => {
    const column = dayColumn(['03/04/2021', '05/06/2021'], NOW);
    expect(column.ambiguous).toBe(true);
    expect(column.read('03/04/2021')).toEqual({ ok: false, why: 'ambiguous' });
    const contradictory = dayColumn(['13/04/2021', '04/13/2021'], NOW);
    expect(contradictory.ambiguous).toBe(true);
    expect(contradictory.read('13/04/2021')).toEqual({ ok: false, why: 'ambiguous' });
  });

  test('impossible dates, dates before LinkedIn or in the future, and text are unreadable', () => {
    const column = dayColumn([], NOW);
    for (const text of ['31 Feb 2024', '12 Foo 2024', '1 Jan 1999', '1 Jan 2030', 'yesterday', '2021-13-01'])
      expect(column.read(text)).toEqual({ ok: false, why: 'unreadable' });
    expect(column.read('  ')).toEqual({ ok: false, why: 'empty' });
  });
});

describe("parseLinkedInTime: the archive files' timestamps, as UTC", () => {
  test.each([
    ['2024-03-31 02:30:00 UTC', Date.UTC(2024, 2, 31, 2, 30)],
    ['2024/03/07 16:05:09 UTC', Date.UTC(2024, 2, 7, 16, 5, 9)],
    ['2024-03-07 16:05:09', Date.UTC(2024, 2, 7, 16, 5, 9)],
    ['2024-03-07 16:05 UTC', Date.UTC(2024, 2, 7, 16, 5)],
    ['3/7/24, 4:05 PM', Date.UTC(2024, 2, 7, 16, 5)],
    ['03/07/24, 04:05 PM', Date.UTC(2024, 2, 7, 16, 5)],
    ['3/7/24, 12:05 AM', Date.UTC(2024, 2, 7, 0, 5)],
    ['3/7/24,\u202f12:05\u202fPM', Date.UTC(2024, 2, 7, 12, 5)],
    ['Thu Mar 07 16:05:09 UTC 2024', Date.UTC(2024, 2, 7, 16, 5, 9)],
    ['Mar 07, 2024 06:00 PM', Date.UTC(2024, 2, 7, 18, 0)],
    ['2024-02-30 10:00:00 UTC', undefined],
    ['13/7/24, 4:05 PM', undefined],
    ['not a date', undefined],
  ])('%s', (text, expected) => {
    expect(parseLinkedInTime(text)).toBe(expected);
  });
});
