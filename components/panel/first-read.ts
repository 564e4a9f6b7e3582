import { profileFromUrl } from '@/lib/profiles';
import type { ReadResult } from '@/lib/profiles/snapshot';
import type { PageAccess, TabInfo } from './page-access';

/**
 * The panel's first look at its tab, started as soon as the panel's script
 * runs: the tab is asked for and, when it shows a profile, the reader runs
 * in it while React, the language and the database start, instead of after
 * them (they took most of the panel's first paint). The first `currentTab()`
 * and the first `read()` of that tab get those answers; every later call
 * asks the browser again, so nothing older than the panel's opening is ever
 * reused.
 */
export function withFirstReadStarted(access: PageAccess): PageAccess {
  let tab: Promise<TabInfo | undefined> | undefined = access.currentTab();
  let read: { tabId: number; result: Promise<ReadResult> } | undefined;
  // Registered before anyone else can wait on `tab`: the read has started when they resume.
  tab.then(
    (t) => {
      if (t?.url && profileFromUrl(t.url)) read = { tabId: t.id, result: access.read(t.id) };
    },
    () => undefined,
  );
  return {
    ...access,
    currentTab() {
      const first = tab;
      tab = undefined;
      return first ?? access.currentTab();
    },
    read(tabId) {
      const first = read;
      read = undefined;
      return first?.tabId === tabId ? first.result : access.read(tabId);
    },
  };
}
