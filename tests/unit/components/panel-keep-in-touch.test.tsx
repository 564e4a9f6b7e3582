import { describe, expect, test } from 'vitest';
import { keepInTouchStatus, OVERDUE_AFTER_MS } from '@/components/contact/keep-in-touch';
import { relativeTime } from '@/components/contact/relative-time';

const DAY = 86_400_000;

describe('keep-in-touch status', () => {
  test('fine before the due date, due for a week, overdue after; none when not tracked', () => {
    const dueAt = 100 * DAY;
    expect(keepInTouchStatus(dueAt, dueAt - 1)).toEqual({ kind: 'fine', dueAt });
    expect(keepInTouchStatus(dueAt, dueAt)).toEqual({ kind: 'due', dueAt });
    expect(keepInTouchStatus(dueAt, dueAt + OVERDUE_AFTER_MS)).toEqual({ kind: 'due', dueAt });
    expect(keepInTouchStatus(dueAt, dueAt + OVERDUE_AFTER_MS + 1)).toEqual({ kind: 'overdue', dueAt });
    expect(keepInTouchStatus(null, dueAt)).toEqual({ kind: 'none' });
  });
});

describe('relative time', () => {
  test('days up to two months, in the UI language', () => {
    const now = 1000 * DAY;
    expect(relativeTime(now - 12 * DAY, now, 'en')).toBe('12 days ago');
    expect(relativeTime(now - 45 * DAY, now, 'en')).toBe('45 days ago');
    expect(relativeTime(now - 90 * DAY, now, 'en')).toBe('3 months ago');
    expect(relativeTime(now + 23 * 3600_000, now, 'en')).toBe('in 23 hours');
    expect(relativeTime(now - 12 * DAY, now, 'fr')).toBe('il y a 12 jours');
    expect(relativeTime(now - DAY, now, 'fr')).toBe('hier');
  });
});
