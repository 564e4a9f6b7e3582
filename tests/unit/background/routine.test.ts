import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TZDate } from '@date-fns/tz';
import { buildContact, createTask, getDb, updateSettings } from '@/lib/db';
import { clearSharedDb } from '../helpers';
import { NEXT_NUDGE_ALARM } from '@/entrypoints/background/alarms';
import {
  onNudgeButton,
  onNudgeClicked,
  onRoutineAlarm,
  registerRoutine,
} from '@/entrypoints/background/routine';
import { ensureRoutineAlarm } from '@/entrypoints/background/routine-check';

const PARIS = 'Europe/Paris';
const at = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new TZDate(y, mo - 1, d, h, mi, PARIS).getTime();
const MONDAY_9 = at(2026, 11, 23, 9);
const MONDAY_ID = 'guild:nudge:monday:1';
const db = getDb();

async function seedCloseCircle(names: string[]): Promise<void> {
  await db.contacts.bulkAdd(
    names.map((name, i) =>
      buildContact(
        {
          name,
          circle: 'close',
          // Talked to recently: no keep-in-touch reminder competes with the routine here.
          lastInteractionAt: MONDAY_9 - 86_400_000,
          profiles: [
            {
              site: 'linkedin',
              key: `linkedin:p${i}`,
              url: `https://www.linkedin.com/in/p${i}/`,
              handle: `p${i}`,
            },
          ],
        },
        MONDAY_9 - 30 * 86_400_000,
      ),
    ),
  );
}

const notifications = () =>
  fakeBrowser.notifications.getAll() as Promise<
    Record<string, { title: string; message: string; buttons?: { title: string }[] }>
  >;

describe('routine in the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearSharedDb();
    await updateSettings(db, { timeZone: PARIS });
    await seedCloseCircle(['Ana Lima', 'Bruno Costa', 'Chloé Martin', 'Dan Wu']);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  test('the alarm at Monday 09:00 shows the Monday notification with the count, and sets the next alarm', async () => {
    await onRoutineAlarm(NEXT_NUDGE_ALARM, MONDAY_9);
    const shown = await notifications();
    expect(Object.keys(shown)).toEqual([MONDAY_ID]);
    expect(shown[MONDAY_ID]).toMatchObject({
      title: 'Monday: 4 people in your close circle to catch up on',
      message: 'Ana Lima, Bruno Costa, Chloé Martin and 1 more',
      buttons: [{ title: 'Open the list' }, { title: 'Snooze until 10:00' }],
    });
    expect((await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM))?.scheduledTime).toBe(at(2026, 11, 25, 9));
    expect(await db.notificationLogs.toArray()).toMatchObject([
      { kind: 'routine', dedupeKey: 'routine:2026-11-23' },
    ]);
  });

  test('never twice for the same day (dedupe in the notification log)', async () => {
    await onRoutineAlarm(NEXT_NUDGE_ALARM, MONDAY_9);
    await fakeBrowser.notifications.clear(MONDAY_ID);
    await onRoutineAlarm(NEXT_NUDGE_ALARM, MONDAY_9 + 3_600_000);
    expect(await notifications()).toEqual({});
    expect(await db.notificationLogs.count()).toBe(1);
  });

  test('at 21:00 nothing is shown; a due follow-up waits for 08:00', async () => {
    await createTask(db, {
      kind: 'follow-up',
      contactId: 1,
      due: at(2026, 11, 23, 20, 30),
      origin: 'quick-save',
    });
    await onRoutineAlarm(NEXT_NUDGE_ALARM, at(2026, 11, 23, 21));
    expect(await notifications()).toEqual({});
    expect((await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM))?.scheduledTime).toBe(at(2026, 11, 24, 8));

    await onRoutineAlarm(NEXT_NUDGE_ALARM, at(2026, 11, 24, 8));
    const shown = await notifications();
    expect(shown['guild:nudge:follow-ups']?.title).toBe('1 follow-up due by tomorrow');
  });

  test('nothing on a protected day or during vacation', async () => {
    await updateSettings(db, { routineDays: [1, 6] });
    await onRoutineAlarm(NEXT_NUDGE_ALARM, at(2026, 11, 28, 9));
    await updateSettings(db, { routineDays: [1, 3, 5], vacationUntil: at(2026, 11, 25, 12) });
    await onRoutineAlarm(NEXT_NUDGE_ALARM, MONDAY_9);
    expect(await notifications()).toEqual({});
    // The next nudge is Wednesday's, at the end of the vacation.
    expect((await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM))?.scheduledTime).toBe(at(2026, 11, 25, 12));
  });

  test('clicking the notification opens the Monday list in the dashboard', async () => {
    await onRoutineAlarm(NEXT_NUDGE_ALARM, MONDAY_9);
    await onNudgeClicked(MONDAY_ID);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(
      `${fakeBrowser.runtime.getURL('/options.html')}#/routine/monday`,
    );
    expect(await notifications()).toEqual({});
  });

  test('snooze: the nudge comes back at the next allowed hour', async () => {
    await onRoutineAlarm(NEXT_NUDGE_ALARM, MONDAY_9);
    await onNudgeButton(MONDAY_ID, 1, MONDAY_9 + 5 * 60_000);
    expect(await notifications()).toEqual({});
    const snooze = await fakeBrowser.alarms.get('guild:snooze:monday:1');
    expect(snooze?.scheduledTime).toBe(at(2026, 11, 23, 10));
    await onRoutineAlarm('guild:snooze:monday:1', at(2026, 11, 23, 10));
    expect((await notifications())[MONDAY_ID]?.title).toBe(
      'Monday: 4 people in your close circle to catch up on',
    );
  });

  test('listeners: a real alarm event and a click reach the handlers; the alarm is created only when missing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MONDAY_9);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    registerRoutine((e) => {
      throw e;
    });
    // Start-up with no alarm: the check runs (catch-up) and creates it.
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM)).toBeDefined());
    expect(Object.keys(await notifications())).toEqual([MONDAY_ID]);
    const callsAfterFirstStart = create.mock.calls.length;

    // A worker restart with the alarm present: nothing is reset.
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    fakeBrowser.notifications.onClicked.removeAllListeners();
    registerRoutine((e) => {
      throw e;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(create.mock.calls.length).toBe(callsAfterFirstStart);

    await fakeBrowser.notifications.onClicked.trigger(MONDAY_ID);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).some((t) => t.url?.endsWith('#/routine/monday'))).toBe(true),
    );
  });

  test('a routine missed while the browser was closed is caught up once the same day, not the next day', async () => {
    await onRoutineAlarm(NEXT_NUDGE_ALARM, at(2026, 11, 24, 9)); // Tuesday: Monday's is gone
    expect(await notifications()).toEqual({});
    const ana = await db.contacts.where('name').equals('Ana Lima').first();
    await db.interactions.add({
      contactId: ana!.id!,
      kind: 'success',
      date: at(2026, 11, 24, 12),
      topic: 'v2',
    });
    await onRoutineAlarm(NEXT_NUDGE_ALARM, at(2026, 11, 25, 15)); // Wednesday afternoon: Wednesday's, once
    expect((await notifications())['guild:nudge:wednesday:3']?.title).toBe(
      'Wednesday: 1 person to congratulate or help',
    );
    await fakeBrowser.notifications.clear('guild:nudge:wednesday:3');
    await onRoutineAlarm(NEXT_NUDGE_ALARM, at(2026, 11, 25, 16));
    expect(await db.notificationLogs.toArray()).toMatchObject([{ dedupeKey: 'routine:2026-11-25' }]);
    expect(await notifications()).toEqual({});
  });

  test('a time-zone change (or new routine settings) recomputes the alarm at the next start; nothing else does', async () => {
    const tuesdayNoon = at(2026, 11, 24, 12);
    await ensureRoutineAlarm(db, tuesdayNoon);
    expect((await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM))?.scheduledTime).toBe(at(2026, 11, 25, 9));
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await ensureRoutineAlarm(db, tuesdayNoon + 60_000);
    expect(create).not.toHaveBeenCalled();

    await updateSettings(db, { timeZone: 'America/New_York' });
    await ensureRoutineAlarm(db, tuesdayNoon + 120_000);
    const newYorkWednesday9 = new TZDate(2026, 10, 25, 9, 0, 'America/New_York').getTime();
    expect((await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM))?.scheduledTime).toBe(newYorkWednesday9);

    await updateSettings(db, { routineTime: '10:30' });
    await ensureRoutineAlarm(db, tuesdayNoon + 180_000);
    expect((await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM))?.scheduledTime).toBe(
      newYorkWednesday9 + 90 * 60_000,
    );
  });
});
