import { describe, expect, test } from 'vitest';
import { doneWithin24h, eventFollowUps } from '@/lib/stats';

const H = 3600_000;
const event = { id: 9, date: 100 * H, contactIds: [1, 2, 3, 4, 5] };

describe('event follow-ups', () => {
  const tasks = [
    { kind: 'follow-up' as const, contactId: 1, eventId: 9, status: 'done' as const, doneAt: 110 * H },
    { kind: 'follow-up' as const, contactId: 2, eventId: 9, status: 'done' as const, doneAt: 130 * H },
    { kind: 'follow-up' as const, contactId: 3, eventId: 8, status: 'done' as const, doneAt: 101 * H },
    { kind: 'follow-up' as const, contactId: 4, eventId: 9, status: 'open' as const },
  ];
  const interactions = [
    { contactId: 2, date: 123 * H, kind: 'message' as const },
    { contactId: 3, date: 100 * H, kind: 'met-at-event' as const },
    { contactId: 5, date: 99 * H, kind: 'message' as const },
    { contactId: 4, date: 101 * H, kind: 'conversation' as const, eventId: 9 },
  ];

  test('done task or interaction after the event, whichever first; 24 hours from its start', () => {
    expect(eventFollowUps(event, tasks, interactions, 200 * H)).toEqual([
      { contactId: 1, status: 'on-time', at: 110 * H },
      { contactId: 2, status: 'on-time', at: 123 * H },
      { contactId: 3, status: 'missed' },
      { contactId: 4, status: 'missed' },
      { contactId: 5, status: 'missed' },
    ]);
  });

  test('late, pending and planned', () => {
    const late = [{ ...tasks[1]!, contactId: 1 }];
    expect(eventFollowUps({ ...event, contactIds: [1] }, late, [], 200 * H)[0]).toMatchObject({
      status: 'late',
    });
    expect(eventFollowUps({ ...event, contactIds: [1] }, [], [], 120 * H)[0]!.status).toBe('pending');
    expect(eventFollowUps({ ...event, contactIds: [1] }, [], [], 99 * H)[0]!.status).toBe('planned');
  });

  test('a follow-up task is on time when done within 24 hours of its creation', () => {
    expect(doneWithin24h({ status: 'done', createdAt: 0, doneAt: 24 * H })).toBe(true);
    expect(doneWithin24h({ status: 'done', createdAt: 0, doneAt: 24 * H + 1 })).toBe(false);
    expect(doneWithin24h({ status: 'open', createdAt: 0 })).toBe(false);
  });
});
