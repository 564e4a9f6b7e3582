import type { PageAccess, PageInfo } from '@/components/panel/page-access';
import type { ReadResult } from '@/lib/profiles/snapshot';

/** A `PageAccess` for component tests: one tab, a fixed read result, a shortcut the test can press. */
export interface FakeAccess extends PageAccess {
  changed: number[];
  /** Press the quick-save shortcut. */
  pressQuickSave(): void;
}

export function fakeAccess(url: string, result: ReadResult, page: PageInfo = { url }): FakeAccess {
  const changed: number[] = [];
  const listeners = new Set<() => void>();
  return {
    changed,
    currentTab: async () => ({ id: 1, url }),
    watch: () => () => undefined,
    read: async () => result,
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
