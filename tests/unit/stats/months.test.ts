import { describe, expect, test } from 'vitest';
import { lastMonths, monthsBetween } from '@/lib/stats';
import { NOW, paris, ZONE } from './fixture';

describe('local months', () => {
  test('an instant belongs to its month in the user’s zone, not in UTC', () => {
    const firstOfMarchParis = paris(2026, 3, 1, 0, 30); // still 28 February in UTC
    expect(new Date(firstOfMarchParis).toISOString()).toBe('2026-02-28T23:30:00.000Z');
    const monthOf = (ms: number, zone: string) => lastMonths(ms, zone, 1)[0]!.key;
    expect(monthOf(firstOfMarchParis, ZONE)).toBe('2026-03');
    expect(monthOf(firstOfMarchParis, 'UTC')).toBe('2026-02');
    expect(monthOf(paris(2026, 3, 31, 23, 59), ZONE)).toBe('2026-03');
  });

  test('the last 12 months end with the current one, bounds at local midnight (DST included)', () => {
    const months = lastMonths(NOW, ZONE);
    expect(months).toHaveLength(12);
    expect(months[0]!.key).toBe('2025-07');
    expect(months[11]!.key).toBe('2026-06');
    const march = months.find((m) => m.key === '2026-03')!;
    expect(march.start).toBe(paris(2026, 3, 1, 0));
    expect(march.end).toBe(paris(2026, 4, 1, 0));
    // March 2026 in Paris is one hour short: the clocks go forward on the 29th.
    expect(march.end - march.start).toBe(31 * 24 * 3600_000 - 3600_000);
    for (let i = 1; i < months.length; i++) expect(months[i]!.start).toBe(months[i - 1]!.end);
  });

  test('whole months between two instants', () => {
    expect(monthsBetween(paris(2026, 1, 1), paris(2026, 7, 1), ZONE)).toBe(6);
    expect(monthsBetween(paris(2026, 1, 1), paris(2026, 6, 30), ZONE)).toBe(5);
    expect(monthsBetween(paris(2026, 1, 31), paris(2026, 2, 27), ZONE)).toBe(0);
    expect(monthsBetween(paris(2026, 5, 1), paris(2026, 1, 1), ZONE)).toBe(0);
  });
});
