import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TZDate } from '@date-fns/tz';
import { buildContact, createTask, getDb, updateSettings } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { NEXT_NUDGE_ALARM } from '@/entrypoints/background/alarms';
import { onNudgeButton, onRoutineAlarm } from '@/entrypoints/background/routine';
import { FollowUpList } from '@/components/routine/ReminderLists';
import { clearSharedDb } from '../helpers';

const PARIS = 'Europe/Paris';
const at = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new TZDate(y, mo - 1, d, h, mi, PARIS).getTime();
// Tuesday 24 November 2026, 11:00 in Paris: no routine day, outside quiet hours.
const NOW = at(2026, 11, 24, 11);
const ID = 'guild:nudge:follow-ups';
const db = getDb();
let ids: number[] = [];

const notifications = () =>
  fakeBrowser.notifications.getAll() as Promise<Record<string, { title: string; message: string }>>;

/** The follow-up notification the alarm shows at NOW, and the rows of the list it opens. */
async function nudgeAndList(): Promise<{ title: string; message: string; rows: string[] }> {
  await onRoutineAlarm(NEXT_NUDGE_ALARM, NOW);
  const shown = (await notifications())[ID];
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  render(<FollowUpList />);
  await screen.findAllByTestId('follow-up-due');
  const rows = screen.getAllByRole('listitem').map((li) => li.querySelector('strong, a')?.textContent ?? '');
  return { title: shown?.title ?? '', message: shown?.message ?? '', rows };
}

describe('the follow-up notification counts what “Follow-ups due” lists', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearSharedDb();
    const names = ['Ana Lima', 'Bruno Costa', 'Chloé Martin', 'Dan Wu'];
    // Talked to yesterday: no keep-in-touch nudge beside the follow-ups.
    ids = (await db.contacts.bulkAdd(
      names.map((name) =>
        buildContact({ name, circle: 'close', lastInteractionAt: NOW - 86_400_000 }, NOW - 30 * 86_400_000),
      ),
      { allKeys: true },
    )) as number[];
    const task = (i: number, due: number) =>
      createTask(db, { kind: 'follow-up', contactId: ids[i]!, due, origin: 'quick-save' });
    await task(0, at(2026, 11, 23, 17)); // late
    await task(1, at(2026, 11, 24, 16)); // today
    await task(2, at(2026, 11, 25, 9, 30)); // tomorrow
    await task(3, at(2026, 11, 26, 9, 30)); // the day after: not listed, not counted
  });
  afterEach(() => {
    vi.useRealTimers();
    setLanguage('en');
  });

  test('English: “3 follow-ups due by tomorrow”, and the list has those 3', async () => {
    await updateSettings(db, { timeZone: PARIS, language: 'en' });
    const { title, message, rows } = await nudgeAndList();
    expect(title).toBe('3 follow-ups due by tomorrow');
    expect(message).toBe('Ana Lima, Bruno Costa, Chloé Martin');
    expect(rows).toEqual(['Ana Lima', 'Bruno Costa', 'Chloé Martin']);
  });

  test('French: « 3 relances à faire d’ici demain », and the list has those 3', async () => {
    await updateSettings(db, { timeZone: PARIS, language: 'fr' });
    const { title, rows } = await nudgeAndList();
    expect(title).toBe('3 relances à faire d’ici demain');
    expect(rows).toEqual(['Ana Lima', 'Bruno Costa', 'Chloé Martin']);
  });

  test('snoozed, it comes back with the same count', async () => {
    await updateSettings(db, { timeZone: PARIS, language: 'en' });
    await onRoutineAlarm(NEXT_NUDGE_ALARM, NOW);
    await onNudgeButton(ID, 1, NOW + 60_000);
    expect(await notifications()).toEqual({});
    await onRoutineAlarm('guild:snooze:follow-ups', at(2026, 11, 24, 12));
    expect((await notifications())[ID]?.title).toBe('3 follow-ups due by tomorrow');
  });

  test('nothing late yet: no notification for what is only due later today or tomorrow', async () => {
    await updateSettings(db, { timeZone: PARIS, language: 'en' });
    await db.tasks.where('contactId').equals(ids[0]!).delete();
    await onRoutineAlarm(NEXT_NUDGE_ALARM, NOW);
    expect((await notifications())[ID]).toBeUndefined();
  });
});
