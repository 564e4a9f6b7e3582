import { describe, expect, test } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { defaultSettings } from '@/lib/schemas/settings';
import { isAllowed, nextAllowed, nextAllowedHour } from '@/lib/routine/boundaries';

const PARIS = 'Europe/Paris';
const NY = 'America/New_York';
const at = (zone: string, y: number, mo: number, d: number, h = 0, mi = 0) =>
  new TZDate(y, mo - 1, d, h, mi, zone).getTime();
const settings = defaultSettings();

describe('isAllowed', () => {
  test('quiet hours crossing midnight (20:00–08:00), on a working day', () => {
    // Tuesday 2026-11-24
    expect(isAllowed(at(PARIS, 2026, 11, 24, 7, 59), settings, PARIS)).toBe(false);
    expect(isAllowed(at(PARIS, 2026, 11, 24, 8, 0), settings, PARIS)).toBe(true);
    expect(isAllowed(at(PARIS, 2026, 11, 24, 19, 59), settings, PARIS)).toBe(true);
    expect(isAllowed(at(PARIS, 2026, 11, 24, 20, 0), settings, PARIS)).toBe(false);
    expect(isAllowed(at(PARIS, 2026, 11, 24, 23, 30), settings, PARIS)).toBe(false);
  });

  test('quiet hours within a day, and none when start equals end', () => {
    const lunch = { ...settings, quietHours: { start: '12:00', end: '14:00' } };
    expect(isAllowed(at(PARIS, 2026, 11, 24, 13, 0), lunch, PARIS)).toBe(false);
    expect(isAllowed(at(PARIS, 2026, 11, 24, 21, 0), lunch, PARIS)).toBe(true);
    const none = { ...settings, quietHours: { start: '00:00', end: '00:00' } };
    expect(isAllowed(at(PARIS, 2026, 11, 24, 3, 0), none, PARIS)).toBe(true);
  });

  test('protected days (weekend) and vacation', () => {
    expect(isAllowed(at(PARIS, 2026, 11, 28, 10), settings, PARIS)).toBe(false); // Saturday
    expect(isAllowed(at(PARIS, 2026, 11, 29, 10), settings, PARIS)).toBe(false); // Sunday
    const away = { ...settings, vacationUntil: at(PARIS, 2026, 12, 2, 12) };
    expect(isAllowed(at(PARIS, 2026, 12, 1, 10), away, PARIS)).toBe(false);
    expect(isAllowed(at(PARIS, 2026, 12, 2, 12), away, PARIS)).toBe(true);
  });

  test('the same instant is judged in the zone given (time-zone change)', () => {
    const instant = Date.UTC(2026, 10, 24, 2, 0); // 03:00 in Paris, 21:00 the day before in New York
    expect(isAllowed(instant, settings, PARIS)).toBe(false);
    const noonUtc = Date.UTC(2026, 10, 24, 12, 0); // 13:00 Paris, 07:00 New York
    expect(isAllowed(noonUtc, settings, PARIS)).toBe(true);
    expect(isAllowed(noonUtc, settings, NY)).toBe(false);
  });
});

describe('nextAllowed', () => {
  test('an allowed instant stays where it is', () => {
    const t = at(PARIS, 2026, 11, 24, 9);
    expect(nextAllowed(t, settings, PARIS)).toBe(t);
  });

  test('evening → 08:00 the next morning; Friday evening → Monday 08:00', () => {
    expect(nextAllowed(at(PARIS, 2026, 11, 24, 21), settings, PARIS)).toBe(at(PARIS, 2026, 11, 25, 8));
    expect(nextAllowed(at(PARIS, 2026, 11, 25, 6), settings, PARIS)).toBe(at(PARIS, 2026, 11, 25, 8));
    expect(nextAllowed(at(PARIS, 2026, 11, 27, 20, 30), settings, PARIS)).toBe(at(PARIS, 2026, 11, 30, 8));
  });

  test('vacation ending on a Saturday → Monday 08:00', () => {
    const away = { ...settings, vacationUntil: at(PARIS, 2026, 11, 28, 15) };
    expect(nextAllowed(at(PARIS, 2026, 11, 23, 9), away, PARIS)).toBe(at(PARIS, 2026, 11, 30, 8));
  });

  test('DST: Paris, last Sunday of March and of October (weekend protection off to see the hour)', () => {
    const open = { ...settings, protectedDays: [] };
    // 2026-03-29: clocks go 02:00 → 03:00; 08:00 is UTC+2.
    expect(nextAllowed(at(PARIS, 2026, 3, 28, 22), open, PARIS)).toBe(Date.UTC(2026, 2, 29, 6, 0));
    // 2026-10-25: clocks go 03:00 → 02:00; 08:00 is UTC+1.
    expect(nextAllowed(at(PARIS, 2026, 10, 24, 22), open, PARIS)).toBe(Date.UTC(2026, 9, 25, 7, 0));
  });

  test('DST: New York, second Sunday of March and first Sunday of November', () => {
    const open = { ...settings, protectedDays: [] };
    expect(nextAllowed(at(NY, 2026, 3, 7, 23), open, NY)).toBe(Date.UTC(2026, 2, 8, 12, 0)); // EDT
    expect(nextAllowed(at(NY, 2026, 10, 31, 23), open, NY)).toBe(Date.UTC(2026, 10, 1, 13, 0)); // EST
  });

  test('never allowed when every day is protected', () => {
    const never = { ...settings, protectedDays: [0, 1, 2, 3, 4, 5, 6] };
    expect(nextAllowed(at(PARIS, 2026, 11, 24, 9), never, PARIS)).toBeNull();
  });
});

describe('nextAllowedHour (snooze)', () => {
  test('next full hour, or the next allowed time after it', () => {
    expect(nextAllowedHour(at(PARIS, 2026, 11, 24, 9, 12), settings, PARIS)).toBe(
      at(PARIS, 2026, 11, 24, 10),
    );
    expect(nextAllowedHour(at(PARIS, 2026, 11, 24, 19, 30), settings, PARIS)).toBe(
      at(PARIS, 2026, 11, 25, 8),
    );
  });
});
