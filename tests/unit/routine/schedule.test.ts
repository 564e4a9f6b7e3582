import { describe, expect, test } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { defaultSettings } from '@/lib/schemas/settings';
import { dueRoutine, nextRoutineTime } from '@/lib/routine/schedule';
import { themeOf } from '@/lib/routine/themes';

const PARIS = 'Europe/Paris';
const NY = 'America/New_York';
const at = (zone: string, y: number, mo: number, d: number, h = 0, mi = 0) =>
  new TZDate(y, mo - 1, d, h, mi, zone).getTime();
const settings = defaultSettings();

describe('themes', () => {
  test('Monday, Wednesday and Friday keep their theme; other days take the next one', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(themeOf)).toEqual([
      'monday',
      'monday',
      'wednesday',
      'wednesday',
      'friday',
      'friday',
      'monday',
    ]);
  });
});

describe('nextRoutineTime', () => {
  test('Monday, Wednesday, Friday at 09:00 local time', () => {
    // Tuesday 2026-11-24 10:00 → Wednesday 09:00
    expect(nextRoutineTime(at(PARIS, 2026, 11, 24, 10), settings, PARIS)).toBe(at(PARIS, 2026, 11, 25, 9));
    // Friday after the routine → Monday
    expect(nextRoutineTime(at(PARIS, 2026, 11, 27, 9, 1), settings, PARIS)).toBe(at(PARIS, 2026, 11, 30, 9));
  });

  test('DST in Paris: still 09:00 on the wall after the March and October changes', () => {
    const mondayAfterSpring = nextRoutineTime(at(PARIS, 2026, 3, 27, 12), settings, PARIS);
    expect(mondayAfterSpring).toBe(Date.UTC(2026, 2, 30, 7, 0)); // 09:00 CEST
    const mondayAfterAutumn = nextRoutineTime(at(PARIS, 2026, 10, 23, 12), settings, PARIS);
    expect(mondayAfterAutumn).toBe(Date.UTC(2026, 9, 26, 8, 0)); // 09:00 CET
  });

  test('DST in New York, and a routine on the Sunday of the change itself', () => {
    expect(nextRoutineTime(at(NY, 2026, 3, 6, 12), settings, NY)).toBe(Date.UTC(2026, 2, 9, 13, 0)); // EDT
    expect(nextRoutineTime(at(NY, 2026, 10, 30, 12), settings, NY)).toBe(Date.UTC(2026, 10, 2, 14, 0)); // EST
    const sunday = { ...settings, routineDays: [0], protectedDays: [] };
    expect(nextRoutineTime(at(NY, 2026, 3, 7, 12), sunday, NY)).toBe(Date.UTC(2026, 2, 8, 13, 0));
    expect(nextRoutineTime(at(NY, 2026, 10, 31, 12), sunday, NY)).toBe(Date.UTC(2026, 10, 1, 14, 0));
  });

  test('a time-zone change: the same instant, the new zone’s 09:00', () => {
    const now = Date.UTC(2026, 10, 23, 12, 0); // Monday, after 09:00 in Paris, 07:00 in New York
    expect(nextRoutineTime(now, settings, PARIS)).toBe(at(PARIS, 2026, 11, 25, 9));
    expect(nextRoutineTime(now, settings, NY)).toBe(at(NY, 2026, 11, 23, 9));
  });

  test('a routine hour inside quiet hours moves to the next allowed time, once', () => {
    const late = { ...settings, routineTime: '21:00' };
    // Monday 21:00 → Tuesday 08:00; Friday 21:00 → Monday 08:00 (weekend protected).
    expect(nextRoutineTime(at(PARIS, 2026, 11, 23, 12), late, PARIS)).toBe(at(PARIS, 2026, 11, 24, 8));
    expect(nextRoutineTime(at(PARIS, 2026, 11, 28, 12), late, PARIS)).toBe(at(PARIS, 2026, 11, 30, 8));
    // …and Monday's own 21:00 still moves to Tuesday: one each, nothing dropped.
    expect(nextRoutineTime(at(PARIS, 2026, 11, 30, 8, 30), late, PARIS)).toBe(at(PARIS, 2026, 12, 1, 8));
  });

  test('vacation: moved nudges never pile up, the newest one replaces them', () => {
    const away = { ...settings, vacationUntil: at(PARIS, 2026, 11, 25, 12) };
    // Monday's and Wednesday's nudges both move to the vacation's end: one is shown, Wednesday's.
    expect(nextRoutineTime(at(PARIS, 2026, 11, 23, 8), away, PARIS)).toBe(at(PARIS, 2026, 11, 25, 12));
    expect(dueRoutine(at(PARIS, 2026, 11, 25, 12), away, PARIS)).toMatchObject({ day: '2026-11-25' });
    expect(nextRoutineTime(at(PARIS, 2026, 11, 25, 12), away, PARIS)).toBe(at(PARIS, 2026, 11, 27, 9));
  });

  test('after a vacation, the first nudge is the next routine day’s, at its routine time', () => {
    // Away until Thursday 24 December included (the settings store the day's last second).
    const away = {
      ...settings,
      routineTime: '18:45',
      vacationUntil: at(PARIS, 2026, 12, 24, 23, 59) + 59_000,
    };
    // Wednesday's 18:45 is skipped, not moved to Friday at the end of quiet hours (08:00).
    expect(nextRoutineTime(at(PARIS, 2026, 12, 22, 12), away, PARIS)).toBe(at(PARIS, 2026, 12, 25, 18, 45));
    expect(dueRoutine(at(PARIS, 2026, 12, 25, 8), away, PARIS)).toBeNull();
    expect(dueRoutine(at(PARIS, 2026, 12, 25, 18, 45), away, PARIS)).toMatchObject({
      day: '2026-12-25',
      theme: 'friday',
    });
    // The same at the default 09:00: Friday's nudge at 09:00, not Wednesday's at 08:00.
    const awayAtNine = { ...settings, vacationUntil: away.vacationUntil };
    expect(nextRoutineTime(at(PARIS, 2026, 12, 22, 12), awayAtNine, PARIS)).toBe(at(PARIS, 2026, 12, 25, 9));
  });
});

describe('dueRoutine (on time and catch-up)', () => {
  test('due at the routine time with its theme and day', () => {
    const due = dueRoutine(at(PARIS, 2026, 11, 23, 9), settings, PARIS);
    expect(due).toMatchObject({ theme: 'monday', weekday: 1, day: '2026-11-23' });
  });

  test('a routine missed while the browser was closed is caught up the same day, when allowed', () => {
    expect(dueRoutine(at(PARIS, 2026, 11, 23, 15), settings, PARIS)?.day).toBe('2026-11-23');
  });

  test('…but not once the day is over, nor in the evening: never a pile', () => {
    expect(dueRoutine(at(PARIS, 2026, 11, 24, 9), settings, PARIS)).toBeNull();
    expect(dueRoutine(at(PARIS, 2026, 11, 23, 21), settings, PARIS)).toBeNull();
    // After a week away, only the latest routine day could come back, and only on its day.
    expect(dueRoutine(at(PARIS, 2026, 11, 27, 10), settings, PARIS)?.day).toBe('2026-11-27');
  });

  test('nothing before the routine hour, nothing on protected days', () => {
    expect(dueRoutine(at(PARIS, 2026, 11, 23, 8, 30), settings, PARIS)).toBeNull();
    expect(dueRoutine(at(PARIS, 2026, 11, 28, 10), { ...settings, routineDays: [6] }, PARIS)).toBeNull();
  });

  test('a moved routine is due at its new time, still under its own day key', () => {
    const late = { ...settings, routineTime: '21:00' };
    expect(dueRoutine(at(PARIS, 2026, 11, 24, 8), late, PARIS)).toMatchObject({
      day: '2026-11-23',
      theme: 'monday',
    });
  });
});
