import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onNudgeButton, onNudgeClicked, onRoutineAlarm } from '@/entrypoints/background/routine';
import { watchQuickSaveRequests } from '@/entrypoints/sidepanel/quick-save-requests';
import { QUICK_SAVE_REQUEST_KEY } from '@/lib/panel-requests';

/**
 * Every other listener that takes input from outside its own code —
 * notification ids, alarm names, storage changes — acts only on Guild's
 * own, well-formed values.
 */
describe('listeners other than messages', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  test.each([
    '',
    'evil',
    'guild:nudge:',
    'guild:nudge:../../options',
    'guild:nudge:monday:99',
    'guild:nudge:__proto__',
  ])('a notification id that is not a Guild nudge (%j) opens nothing', async (id) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const clear = vi.spyOn(fakeBrowser.notifications, 'clear');
    await onNudgeClicked(id);
    await onNudgeButton(id, 0);
    await onNudgeButton(id, 1);
    expect(create).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
  });

  test('an alarm Guild did not create does nothing', async () => {
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await onRoutineAlarm('someone-else:alarm');
    await onRoutineAlarm('guild:snooze:not-a-list');
    expect(notify).not.toHaveBeenCalled();
  });

  test('the quick-save request in session storage opens the form only for a fresh timestamp', async () => {
    const opened = vi.fn();
    const stop = watchQuickSaveRequests(opened);
    for (const value of ['now', { at: Date.now() }, null, Date.now() - 60_000, Number.NaN]) {
      await fakeBrowser.storage.session.set({ [QUICK_SAVE_REQUEST_KEY]: value });
    }
    await fakeBrowser.storage.local.set({ [QUICK_SAVE_REQUEST_KEY]: Date.now() });
    expect(opened).not.toHaveBeenCalled();
    await fakeBrowser.storage.session.set({ [QUICK_SAVE_REQUEST_KEY]: Date.now() });
    expect(opened).toHaveBeenCalledTimes(1);
    stop();
  });
});
