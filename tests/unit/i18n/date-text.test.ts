import { describe, expect, test } from 'vitest';
import { parseDay, parseTime, showDay, showTime, spellDay, stepDay, stepTime } from '@/lib/i18n/date-text';

const NOW = new Date(2026, 11, 7, 10, 0);

describe('times as typed and shown, whatever the browser’s language', () => {
  test.each([
    ['09:00', '09:00'],
    ['9:00', '09:00'],
    ['9', '09:00'],
    ['00:00', '00:00'],
    ['0', '00:00'],
    ['23:59', '23:59'],
    ['21:30', '21:30'],
    // French
    ['9h', '09:00'],
    ['9 h', '09:00'],
    ['9h30', '09:30'],
    ['9 h 30', '09:30'],
    ['21 H 05', '21:05'],
    ['  09:30  ', '09:30'],
    // English
    ['9:30 pm', '21:30'],
    ['9:30PM', '21:30'],
    ['9pm', '21:00'],
    ['9 a.m.', '09:00'],
    ['12 am', '00:00'],
    ['12:15 pm', '12:15'],
  ])('%j → %s', (typed, stored) => expect(parseTime(typed)).toBe(stored));

  test.each(['24:00', '23:60', '25', '9:5', '13 pm', '0 am', 'noon', '', '9:30:00', '9h30h', '-1'])(
    '%j is not a time',
    (typed) => expect(parseTime(typed)).toBeNull(),
  );

  test('shown on the 24-hour clock, as the next nudge says it', () => {
    expect(showTime('09:00')).toBe('09:00');
    expect(showTime('21:30')).toBe('21:30');
    expect(showTime('')).toBe('');
  });

  test('stepped round the clock', () => {
    expect(stepTime('23:59', 1)).toBe('00:00');
    expect(stepTime('00:00', -1)).toBe('23:59');
    expect(stepTime('09:00', 60)).toBe('10:00');
  });
});

describe('days as typed and shown in the UI language', () => {
  test('French shows day first, English spells the month (never a bare 07/12 to misread)', () => {
    expect(showDay('2026-12-07', 'fr')).toBe('07/12/2026');
    expect(showDay('2026-12-07', 'en')).toBe('Dec 7, 2026');
    expect(showDay('', 'fr')).toBe('');
    expect(showDay('unreadable', 'en')).toBe('');
  });

  test('spelled out to show how it was read', () => {
    expect(spellDay('2026-12-07', 'fr')).toBe('lundi 7 décembre 2026');
    expect(spellDay('2026-12-07', 'en')).toBe('Monday, December 7, 2026');
  });

  test.each([
    ['07/12/2026', '2026-12-07'],
    ['7/12/2026', '2026-12-07'],
    ['7.12.2026', '2026-12-07'],
    ['7-12-2026', '2026-12-07'],
    [' 7 / 12 / 2026 ', '2026-12-07'],
    ['7/12/26', '2026-12-07'],
    ['7/12', '2026-12-07'],
    ['2026-12-07', '2026-12-07'],
    ['7 décembre 2026', '2026-12-07'],
    ['7 déc. 2026', '2026-12-07'],
    ['7 Décembre', '2026-12-07'],
    ['29/02/2028', '2028-02-29'],
    ['31/12/2026', '2026-12-31'],
    ['01/01/2027', '2027-01-01'],
  ])('French %j → %s', (typed, stored) => expect(parseDay(typed, 'fr', NOW)).toBe(stored));

  test.each([
    ['Dec 7, 2026', '2026-12-07'],
    ['December 7 2026', '2026-12-07'],
    ['dec 7,2026', '2026-12-07'],
    ['7 Dec 2026', '2026-12-07'],
    ['Dec. 7, 2026', '2026-12-07'],
    ['12/7/2026', '2026-12-07'],
    ['12-7-26', '2026-12-07'],
    ['12/7', '2026-12-07'],
    ['2026-12-07', '2026-12-07'],
    ['Feb 29, 2028', '2028-02-29'],
  ])('English %j → %s', (typed, stored) => expect(parseDay(typed, 'en', NOW)).toBe(stored));

  test.each([
    ['31/02/2026', 'fr'],
    ['29/02/2026', 'fr'],
    ['32/01/2026', 'fr'],
    ['00/01/2026', 'fr'],
    ['7/13/2026', 'fr'],
    ['7/12/202', 'fr'],
    ['2026-02-30', 'fr'],
    ['Dec 7, 26', 'en'],
    ['13/7/2026', 'en'],
    ['Feb 29, 2026', 'en'],
    ['Decembre 7 2026', 'en'],
    ['tomorrow', 'en'],
    ['', 'fr'],
    ['7 décembre 2026 à midi', 'fr'],
  ] as const)('%j is not a day in %s', (typed, language) =>
    expect(parseDay(typed, language, NOW)).toBeNull(),
  );

  test('every shown day reads back as itself', () => {
    for (const day of ['2026-01-01', '2026-12-07', '2028-02-29', '2026-09-30']) {
      expect(parseDay(showDay(day, 'fr'), 'fr', NOW)).toBe(day);
      expect(parseDay(showDay(day, 'en'), 'en', NOW)).toBe(day);
    }
  });

  test('stepped by days and months over month ends and leap days', () => {
    expect(stepDay('2026-12-31', { days: 1 })).toBe('2027-01-01');
    expect(stepDay('2028-03-01', { days: -1 })).toBe('2028-02-29');
    expect(stepDay('2026-01-31', { months: 1 })).toBe('2026-02-28');
  });
});
