import { beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TZDate } from '@date-fns/tz';
import background from '@/entrypoints/background';
import { getDb, updateSettings } from '@/lib/db';
import { clearSharedDb } from '../helpers';
import { NEXT_NUDGE_ALARM } from '@/entrypoints/background/alarms';

const PARIS = 'Europe/Paris';
const db = getDb();
const fromDashboard = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});

describe('background messages', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearSharedDb();
    // fakeBrowser has no `commands`; the shortcut is not what these tests are about.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    background.main();
    // Let the start-up check settle, then start from no alarm.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fakeBrowser.alarms.clearAll();
  });

  test('routine:reschedule from the dashboard moves the next nudge to the new routine hour at once', async () => {
    // A fixed Sunday noon: run on a Monday between 09:00 and 10:30 in Paris, the next 09:00 nudge
    // is Wednesday's and the next 10:30 one today's, and the 90-minute move cannot be seen.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-06T12:00:00Z') });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    await updateSettings(db, { timeZone: PARIS, routineTime: '09:00' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'routine:reschedule' }, fromDashboard());
    const first = (await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM))?.scheduledTime;
    expect(new TZDate(first!, PARIS).getHours()).toBe(9);

    await updateSettings(db, { routineTime: '10:30' });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'routine:reschedule' }, fromDashboard());
    const moved = (await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM))?.scheduledTime;
    expect(moved! - first!).toBe(90 * 60_000);
  });

  test('a message from a web page or another extension is refused and changes nothing', async () => {
    await updateSettings(db, { timeZone: PARIS });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'routine:reschedule' },
      {
        id: fakeBrowser.runtime.id,
        url: 'https://www.linkedin.com/feed/',
        tab: { id: 1 } as chrome.tabs.Tab,
      },
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'routine:reschedule' },
      { id: 'evil', url: 'chrome-extension://evil/' },
    );
    expect(await fakeBrowser.alarms.get(NEXT_NUDGE_ALARM)).toBeUndefined();
  });
});
