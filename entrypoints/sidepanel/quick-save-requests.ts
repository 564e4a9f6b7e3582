import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { QUICK_SAVE_REQUEST_KEY } from '@/lib/panel-requests';

/** A request older than this was meant for a panel that is gone, not for this one. */
const FRESH_MS = 10_000;
const RequestSchema = z.number();

/**
 * Follow the quick-save shortcut: the background writes a timestamp to
 * session storage and opens the panel; the panel, maybe only just starting,
 * takes a fresh request once and removes it so a reload does not reopen the form.
 */
export function watchQuickSaveRequests(callback: () => void): () => void {
  const take = (value: unknown) => {
    const at = RequestSchema.safeParse(value);
    if (!at.success || Date.now() - at.data > FRESH_MS) return;
    callback();
    void browser.storage.session.remove(QUICK_SAVE_REQUEST_KEY).catch(() => undefined);
  };
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && QUICK_SAVE_REQUEST_KEY in changes)
      take(changes[QUICK_SAVE_REQUEST_KEY]?.newValue);
  };
  browser.storage.onChanged.addListener(changed);
  void browser.storage.session
    .get(QUICK_SAVE_REQUEST_KEY)
    .then((stored) => take(stored[QUICK_SAVE_REQUEST_KEY]))
    .catch(() => undefined);
  return () => browser.storage.onChanged.removeListener(changed);
}
