import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchQuickSaveRequests } from '@/entrypoints/sidepanel/quick-save-requests';
import { QUICK_SAVE_REQUEST_KEY } from '@/lib/panel-requests';

describe('quick-save shortcut requests (session storage)', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a request made just before the panel opened is taken once, then removed', async () => {
    await fakeBrowser.storage.session.set({ [QUICK_SAVE_REQUEST_KEY]: Date.now() });
    const callback = vi.fn();
    const stop = watchQuickSaveRequests(callback);
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    await vi.waitFor(async () =>
      expect(await fakeBrowser.storage.session.get(QUICK_SAVE_REQUEST_KEY)).toEqual({}),
    );
    stop();
  });

  test('a request while the panel is open opens the form; a stale one does not', async () => {
    const callback = vi.fn();
    const stop = watchQuickSaveRequests(callback);
    await fakeBrowser.storage.session.set({ [QUICK_SAVE_REQUEST_KEY]: Date.now() - 60_000 });
    await new Promise((r) => setTimeout(r, 20));
    expect(callback).not.toHaveBeenCalled();
    await fakeBrowser.storage.session.set({ [QUICK_SAVE_REQUEST_KEY]: Date.now() });
    await vi.waitFor(() => expect(callback).toHaveBeenCalledTimes(1));
    stop();
  });
});
