import type { PageAccess, PageInfo } from '@/components/panel/page-access';
import type { ReadResult } from '@/lib/profiles/snapshot';

/** A `PageAccess` for component tests: one tab, a fixed read result, a shortcut the test can press. */
export interface FakeAccess extends PageAccess {
  changed: number[];
  /** Press the quick-save shortcut. */
  pressQuickSave(): void;
  /** Host access to LinkedIn and X (the user may withhold it); `requestHostAccess` grants it. */
  hosts: { granted: boolean; requests: number };
}

export function fakeAccess(
  url: string | undefined,
  result: ReadResult,
  page: PageInfo = { url },
  hosts = { granted: true, requests: 0 },
): FakeAccess {
  const changed: number[] = [];
  const listeners = new Set<() => void>();
  const accessListeners = new Set<() => void>();
  return {
    hosts,
    hostAccess: async () => hosts.granted,
    requestHostAccess: async () => {
      hosts.requests++;
      hosts.granted = true;
      accessListeners.forEach((l) => l());
      return true;
    },
    watchHostAccess(onChange) {
      accessListeners.add(onChange);
      return () => accessListeners.delete(onChange);
    },
    changed,
    currentTab: async () => ({ id: 1, url }),
    watch: () => () => undefined,
    read: async () => (hosts.granted ? result : { ok: false, reason: 'no-access' }),
    contactsChanged: async (tabId) => {
      changed.push(tabId);
    },
    onQuickSaveRequest(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    pageInfo: async () => page,
    pressQuickSave: () => listeners.forEach((l) => l()),
  };
}
