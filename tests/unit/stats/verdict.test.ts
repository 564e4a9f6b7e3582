import { describe, expect, test } from 'vitest';
import { roiVerdict, type ImpactData } from '@/lib/stats';
import { emptyData, NOW, paris, ZONE } from './fixture';

/** Ten hours of routine over the last six months, starting at `from`. */
function tenHoursFrom(from: number): ImpactData['sessions'] {
  return Array.from({ length: 20 }, (_, i) => ({ startedAt: from + i * 24 * 3600_000, minutes: 30 }));
}

describe('roiVerdict', () => {
  test('no data: too early, six months to go', () => {
    expect(roiVerdict(emptyData(), NOW, ZONE)).toEqual({
      kind: 'too-early',
      reason: 'months',
      monthsOfData: 0,
      monthsToGo: 6,
    });
  });

  test('five months and a bit of data is still too early, whatever the figures', () => {
    const data = emptyData({
      sessions: [{ startedAt: paris(2026, 1, 16), minutes: 10 }],
      opportunities: [{ kind: 'job', date: paris(2026, 3, 1) }],
    });
    expect(roiVerdict(data, NOW, ZONE)).toEqual({
      kind: 'too-early',
      reason: 'months',
      monthsOfData: 4,
      monthsToGo: 2,
    });
    const almost = emptyData({ sessions: [{ startedAt: paris(2025, 12, 15, 12, 1), minutes: 10 }] });
    expect(roiVerdict(almost, NOW, ZONE)).toMatchObject({ kind: 'too-early', monthsOfData: 5 });
  });

  test('after six months: paying off with an opportunity and one return per five hours', () => {
    const data = emptyData({
      sessions: [{ startedAt: paris(2025, 12, 15, 11), minutes: 5 }, ...tenHoursFrom(paris(2026, 1, 5))],
      opportunities: [{ kind: 'freelance', date: paris(2026, 4, 2), sourceContactId: 7 }],
      interactions: [{ contactId: 7, date: paris(2026, 5, 2), kind: 'received' }],
    });
    const verdict = roiVerdict(data, NOW, ZONE);
    expect(verdict).toMatchObject({
      kind: 'paying-off',
      figures: { opportunities: 1, received: 1, hours: 10, returns: 2, needed: 2 },
    });
    // The 5 minutes on 15 December are older than the six-month window: not counted in the hours.
    if (verdict.kind !== 'too-early') expect(verdict.from).toBe(paris(2025, 12, 15, 12));
  });

  test('after six months: change strategy when returns fall short of the hours', () => {
    const data = emptyData({
      sessions: [...tenHoursFrom(paris(2026, 1, 5)), { startedAt: paris(2026, 2, 1), minutes: 6 }],
      events: [{ date: paris(2025, 11, 20) }],
      opportunities: [{ kind: 'job', date: paris(2026, 4, 2) }],
      interactions: [{ contactId: 7, date: paris(2026, 5, 2), kind: 'received' }],
    });
    expect(roiVerdict(data, NOW, ZONE)).toMatchObject({
      kind: 'change-strategy',
      figures: { opportunities: 1, received: 1, hours: 10.1, returns: 2, needed: 2.1 },
    });
  });

  test('help received without a single opportunity is not enough', () => {
    const data = emptyData({
      events: [{ date: paris(2025, 10, 1) }, { date: paris(2026, 2, 1) }],
      interactions: Array.from({ length: 5 }, (_, i) => ({
        contactId: 1,
        date: paris(2026, 3, 1 + i),
        kind: 'received' as const,
      })),
    });
    expect(roiVerdict(data, NOW, ZONE)).toMatchObject({
      kind: 'change-strategy',
      figures: { opportunities: 0, received: 5, hours: 2, returns: 5, needed: 0.4 },
    });
  });

  test('years of imported messages but no time invested: too early, not "the hours call for at least 0"', () => {
    const data = emptyData({
      interactions: [
        { contactId: 1, date: paris(2024, 3, 1), kind: 'message', direction: 'received' },
        { contactId: 1, date: paris(2026, 5, 1), kind: 'received' },
      ],
      // Routine time older than the six-month window does not count either.
      sessions: [{ startedAt: paris(2025, 11, 1), minutes: 60 }],
    });
    expect(roiVerdict(data, NOW, ZONE)).toMatchObject({
      kind: 'too-early',
      reason: 'no-time',
      monthsToGo: 0,
    });
  });

  test('a planned event does not start the six months', () => {
    const data = emptyData({ events: [{ date: paris(2026, 12, 1) }] });
    expect(roiVerdict(data, NOW, ZONE)).toMatchObject({ kind: 'too-early', monthsOfData: 0 });
  });
});
