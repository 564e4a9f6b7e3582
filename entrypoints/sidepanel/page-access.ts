import { browser } from 'wxt/browser';
import { ReadResultSchema, type ReadResult } from '@/lib/profiles/snapshot';
import { sendMessage } from '@/lib/messaging';
import type { PageAccess, PageInfo, TabInfo } from '@/components/panel/page-access';
import { watchQuickSaveRequests } from './quick-save-requests';
import { hasHostAccess, requestHostAccess, watchHostAccess } from './host-access';

/** The side panel's view of the browser: which tab it follows, and reading it on demand. */
export function createBrowserPageAccess(pinnedTabId: number | undefined): PageAccess {
  return {
    async currentTab(): Promise<TabInfo | undefined> {
      if (pinnedTabId !== undefined) {
        const tab = await browser.tabs.get(pinnedTabId).catch(() => undefined);
        return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
    },

    watch(onChange: () => void): () => void {
      const updated = (tabId: number, info: { url?: string; status?: string }) => {
        if ((pinnedTabId === undefined || tabId === pinnedTabId) && (info.url || info.status === 'complete'))
          onChange();
      };
      const activated = () => {
        if (pinnedTabId === undefined) onChange();
      };
      browser.tabs.onUpdated.addListener(updated);
      browser.tabs.onActivated.addListener(activated);
      return () => {
        browser.tabs.onUpdated.removeListener(updated);
        browser.tabs.onActivated.removeListener(activated);
      };
    },

    async read(tabId: number): Promise<ReadResult> {
      try {
        const [injection] = await browser.scripting.executeScript({
          target: { tabId },
          files: ['/reader.js'],
        });
        const parsed = ReadResultSchema.safeParse(injection?.result);
        return parsed.success ? parsed.data : { ok: false, reason: 'unreadable' };
      } catch {
        // The page is gone, still loading, or not ours to read.
        return { ok: false, reason: 'no-access' };
      }
    },

    async contactsChanged(tabId: number): Promise<void> {
      await sendMessage({ type: 'badge:refresh', tabId }).catch(() => undefined);
    },

    onQuickSaveRequest: watchQuickSaveRequests,
    hostAccess: hasHostAccess,
    requestHostAccess,
    watchHostAccess,

    async pageInfo(tabId: number): Promise<PageInfo> {
      // Without host access or `activeTab` for this tab, the browser leaves url and title out.
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      return { url: tab?.url, title: tab?.title };
    },
  };
}
