import { describe, expect, test } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { buildContact } from '@/lib/db';
import { defaultSettings } from '@/lib/schemas/settings';
import type { Task } from '@/lib/schemas/task';
import type { NotificationLog } from '@/lib/schemas/feedback';
import { reminderNudge, routineNudge, selectNudges, nextNudgeAt } from '@/lib/routine/nudges';
import { dueBy, followUps, keepInTouch, keepInTouchDueAt } from '@/lib/routine/reminders';
import { dueRoutine } from '@/lib/routine/schedule';
import { checkMonthlyEventCap } from '@/lib/routine/caps';
import { weekTotal } from '@/lib/routine/sessions';

const PARIS = 'Europe/Paris';
const at = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new TZDate(y, mo - 1, d, h, mi, PARIS).getTime();
const settings = { ...defaultSettings(), timeZone: PARIS };
const MONDAY_9 = at(2026, 11, 23, 9);
const log = (
  dedupeKey: string,
  when: number,
  kind: NotificationLog['kind'] = 'routine',
): NotificationLog => ({
  kind,
  at: when,
  dedupeKey,
});

describe('keep-in-touch and follow-ups', () => {
  test('circle cadence, contact override, reset by the last interaction, DST-proof days', () => {
    const saved = at(2026, 3, 20, 10);
    const close = buildContact({ name: 'A', circle: 'close' }, saved);
    expect(keepInTouchDueAt(close, settings.cadenceDays, PARIS)).toBe(at(2026, 4, 3, 10)); // 14 days, across DST
    const custom = buildContact({ name: 'B', circle: 'active', cadenceDays: 7 }, saved);
    expect(keepInTouchDueAt(custom, settings.cadenceDays, PARIS)).toBe(at(2026, 3, 27, 10));
    const talked = buildContact(
      { name: 'C', circle: 'acquaintance', lastInteractionAt: at(2026, 5, 1, 10) },
      saved,
    );
    expect(keepInTouchDueAt(talked, settings.cadenceDays, PARIS)).toBe(at(2026, 7, 30, 10));
    expect(
      keepInTouchDueAt(buildContact({ name: 'D', circle: 'dormant' }, saved), settings.cadenceDays, PARIS),
    ).toBeNull();
    expect(
      dueBy(keepInTouch([close, custom, talked], settings.cadenceDays, PARIS), at(2026, 3, 28)).length,
    ).toBe(1);
  });

  test('open follow-ups, snoozed ones later, done ones never', () => {
    const task = (id: number, due: number, extra: Partial<Task> = {}): Task => ({
      id,
      kind: 'follow-up',
      due,
      status: 'open',
      origin: 'quick-save',
      createdAt: 0,
      ...extra,
    });
    const list = followUps([task(1, 10), task(2, 5, { snoozedUntil: 50 }), task(3, 1, { status: 'done' })]);
    expect(list.map((d) => [d.item.id, d.dueAt])).toEqual([
      [1, 10],
      [2, 50],
    ]);
  });
});

describe('grouping and boundaries', () => {
  const due = [
    { item: { name: 'Ana' }, dueAt: MONDAY_9 - 3_600_000 },
    { item: { name: 'Bruno' }, dueAt: MONDAY_9 - 60_000 },
  ];

  test('a reminder kind is one nudge, shown again only when something new became due', () => {
    expect(reminderNudge('follow-up', due, undefined)).toMatchObject({ count: 2, names: ['Ana', 'Bruno'] });
    expect(reminderNudge('follow-up', due, MONDAY_9)).toBeNull();
    expect(reminderNudge('follow-up', [], undefined)).toBeNull();
  });

  test('the routine nudge names its day, counts the list, and is shown once per day', () => {
    const occurrence = dueRoutine(MONDAY_9, settings, PARIS)!;
    const nudge = routineNudge(occurrence, ['Ana', 'Bruno', 'Chloé', 'Dan'])!;
    expect(nudge).toMatchObject({ list: 'monday', count: 4, weekday: 1, dedupeKey: 'routine:2026-11-23' });
    expect(selectNudges([nudge], [], MONDAY_9, settings, PARIS).show).toEqual([nudge]);
    expect(
      selectNudges([nudge], [log(nudge.dedupeKey, MONDAY_9)], MONDAY_9 + 60_000, settings, PARIS).show,
    ).toEqual([]);
    expect(routineNudge(occurrence, [])).toBeNull();
  });

  test('nothing in quiet hours: held, and the next alarm is the next allowed time', () => {
    const nine = at(2026, 11, 23, 21);
    const nudge = reminderNudge('follow-up', due, undefined);
    const selection = selectNudges([nudge], [], nine, settings, PARIS);
    expect(selection).toEqual({ show: [], held: 'boundary' });
    expect(nextNudgeAt(nine, settings, PARIS, [], selection.held)).toBe(at(2026, 11, 24, 8));
  });

  test('daily cap: routine first, the rest held until tomorrow’s first allowed time', () => {
    const capped = { ...settings, dailyNotificationCap: 2 };
    const nudges = [
      routineNudge(dueRoutine(MONDAY_9, capped, PARIS)!, ['Ana']),
      reminderNudge('follow-up', due, undefined),
      reminderNudge('keep-in-touch', due, undefined),
    ];
    const earlier = [log('keep-in-touch:1', at(2026, 11, 23, 8, 30), 'keep-in-touch')];
    const selection = selectNudges(nudges, earlier, MONDAY_9, capped, PARIS);
    expect(selection.show.map((n) => n.kind)).toEqual(['routine']);
    expect(selection.held).toBe('cap');
    expect(nextNudgeAt(MONDAY_9, capped, PARIS, [], 'cap')).toBe(at(2026, 11, 24, 8));
  });

  test('next alarm: the sooner of the next routine and the next due reminder (moved if needed)', () => {
    expect(nextNudgeAt(MONDAY_9, settings, PARIS, [], null)).toBe(at(2026, 11, 25, 9));
    expect(nextNudgeAt(MONDAY_9, settings, PARIS, [at(2026, 11, 23, 15)], null)).toBe(at(2026, 11, 23, 15));
    expect(nextNudgeAt(MONDAY_9, settings, PARIS, [at(2026, 11, 23, 22)], null)).toBe(at(2026, 11, 24, 8));
    expect(
      nextNudgeAt(MONDAY_9, { ...settings, protectedDays: [0, 1, 2, 3, 4, 5, 6] }, PARIS, [], null),
    ).toBeNull();
  });
});

describe('monthly event cap and weekly budget', () => {
  test('the fourth event of a month warns (cap 3); another month does not count', () => {
    const events = [at(2026, 11, 3), at(2026, 11, 10), at(2026, 11, 17), at(2026, 10, 31, 23)].map(
      (date, i) => ({
        id: i + 1,
        date,
      }),
    );
    expect(checkMonthlyEventCap(events.slice(0, 2), { date: at(2026, 11, 24) }, PARIS, 3)).toEqual({
      count: 3,
      cap: 3,
      overCap: false,
    });
    expect(checkMonthlyEventCap(events, { date: at(2026, 11, 24) }, PARIS, 3).overCap).toBe(true);
    expect(checkMonthlyEventCap(events, { id: 3, date: at(2026, 11, 24) }, PARIS, 3).overCap).toBe(false);
  });

  test('the week’s routine minutes against the 30-minute budget (week starts Monday)', () => {
    const sessions = [
      { startedAt: at(2026, 11, 22, 10), minutes: 50 }, // Sunday: last week
      { startedAt: at(2026, 11, 23, 9), minutes: 12 },
      { startedAt: at(2026, 11, 25, 9), minutes: 9.5 },
    ];
    expect(weekTotal(sessions, at(2026, 11, 25, 12), PARIS, 30)).toEqual({
      minutes: 22,
      budget: 30,
      over: false,
    });
  });
});
