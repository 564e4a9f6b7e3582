import { describe, expect, test } from 'vitest';
import { EVENT_MINUTES, balances, monthlyImpact, mostUnbalanced } from '@/lib/stats';
import { emptyData, NOW, paris, ZONE } from './fixture';

const HOUR = 3600_000;

const data = emptyData({
  opportunities: [
    { kind: 'job', date: paris(2026, 6, 1, 0, 15), sourceContactId: 1 }, // June, though May in UTC
    { kind: 'job', date: paris(2026, 5, 20) },
    { kind: 'speaking', date: paris(2026, 5, 31, 23, 45), sourceContactId: 2 },
    { kind: 'learning', date: paris(2025, 6, 30) }, // before the window
  ],
  sessions: [
    { startedAt: paris(2026, 6, 1, 9), minutes: 12.5 },
    { startedAt: paris(2026, 6, 3, 9), minutes: 10 },
    { startedAt: paris(2026, 5, 4, 9), minutes: 8 },
  ],
  events: [
    { date: paris(2026, 6, 10, 19) },
    { date: paris(2026, 6, 25, 19) }, // planned: costs nothing yet
    { date: paris(2026, 5, 12, 19) },
  ],
  interactions: [
    { contactId: 1, date: paris(2026, 6, 2), kind: 'call', minutes: 30, direction: 'gave' },
    { contactId: 1, date: paris(2026, 6, 10, 20), kind: 'met-at-event', minutes: 45, eventId: 1 },
    { contactId: 2, date: paris(2026, 6, 4), kind: 'gave' },
    { contactId: 2, date: paris(2026, 6, 5), kind: 'introduced' },
    { contactId: 3, date: paris(2026, 6, 6), kind: 'conversation', direction: 'received', minutes: 15 },
    { contactId: 3, date: paris(2026, 6, 7), kind: 'conversation', direction: 'mutual' },
    { contactId: 4, date: paris(2026, 5, 8), kind: 'received' },
  ],
  tasks: [
    { kind: 'follow-up', createdAt: paris(2026, 6, 2), status: 'done', doneAt: paris(2026, 6, 3) },
    { kind: 'follow-up', createdAt: paris(2026, 6, 2), status: 'done', doneAt: paris(2026, 6, 3) + 1 },
    { kind: 'follow-up', createdAt: paris(2026, 6, 8), status: 'open' },
    { kind: 'keep-in-touch', createdAt: paris(2026, 6, 8), status: 'done', doneAt: paris(2026, 6, 8) },
    { kind: 'follow-up', createdAt: paris(2026, 5, 9), status: 'done', doneAt: paris(2026, 5, 9) + HOUR },
  ],
  closeContacts: [
    { createdAt: paris(2025, 1, 1) },
    { createdAt: paris(2026, 5, 15) },
    { createdAt: paris(2026, 6, 14) },
  ],
});

describe('monthlyImpact', () => {
  const months = monthlyImpact(data, NOW, ZONE);
  const june = months[11]!;
  const may = months[10]!;

  test('opportunities by kind, in local months', () => {
    expect(june.key).toBe('2026-06');
    expect(june.opportunities).toMatchObject({ job: 1, speaking: 0 });
    expect(june.opportunityCount).toBe(1);
    expect(may.opportunities).toMatchObject({ job: 1, speaking: 1 });
    expect(may.opportunityCount).toBe(2);
    expect(months.reduce((n, m) => n + m.opportunityCount, 0)).toBe(3);
  });

  test('time invested: routine, past events at two hours, interactions not at an event', () => {
    expect(june.minutes).toEqual({
      routine: 22.5,
      events: EVENT_MINUTES,
      interactions: 45,
      total: 22.5 + 120 + 45,
    });
    expect(may.minutes).toEqual({ routine: 8, events: 120, interactions: 0, total: 128 });
  });

  test('gives and receives, opportunities counted as received', () => {
    expect(june).toMatchObject({ gave: 3, received: 2 });
    expect(may).toMatchObject({ gave: 0, received: 2 });
  });

  test('close circle grows with the people saved before each month ended', () => {
    expect(months[0]!.closeCircle).toBe(1);
    expect(may.closeCircle).toBe(2);
    expect(june.closeCircle).toBe(3);
  });

  test('follow-ups created in the month and those done within 24 hours', () => {
    expect(june.followUps).toEqual({ total: 3, onTime: 1 });
    expect(may.followUps).toEqual({ total: 1, onTime: 1 });
    expect(months[0]!.followUps).toEqual({ total: 0, onTime: 0 });
  });

  test('a follow-up still inside its 24 hours is not counted yet: not missed, pending', () => {
    const fresh = emptyData({
      tasks: [
        { kind: 'follow-up', createdAt: NOW - 2 * HOUR, status: 'open' },
        { kind: 'follow-up', createdAt: NOW - 30 * HOUR, status: 'open' },
        { kind: 'follow-up', createdAt: NOW - 3 * HOUR, status: 'done', doneAt: NOW - HOUR },
      ],
    });
    const all = monthlyImpact(fresh, NOW, ZONE);
    const total = all.reduce((n, m) => n + m.followUps.total, 0);
    const onTime = all.reduce((n, m) => n + m.followUps.onTime, 0);
    expect({ total, onTime }).toEqual({ total: 2, onTime: 1 });
  });
});

describe('balances', () => {
  test('overall, and the most one-sided people first', () => {
    const { overall, byContact } = balances(data.interactions, data.opportunities);
    expect(overall).toEqual({ gave: 3, received: 4 });
    expect(mostUnbalanced(byContact).map((b) => [b.contactId, b.net])).toEqual([
      [2, 1],
      [3, -1],
      [4, -1],
    ]);
    // Contact 1: one given, one opportunity received → balanced, left out.
    expect(byContact.get(1)).toMatchObject({ gave: 1, received: 1, net: 0 });
  });
});
