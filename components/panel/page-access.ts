import type { ReadResult } from '@/lib/profiles/snapshot';

export interface TabInfo {
  id: number;
  url: string | undefined;
}

/** What the browser lets Guild see of a tab: nothing, unless host access or `activeTab` allows it. */
export interface PageInfo {
  url?: string;
  title?: string;
}

/**
 * What the panel needs from the browser, as an interface so that component
 * tests can hand in a fake.
 */
export interface PageAccess {
  /** The tab the panel shows. */
  currentTab(): Promise<TabInfo | undefined>;
  /** Call back when that tab navigates or another tab becomes active. Returns an unsubscribe. */
  watch(onChange: () => void): () => void;
  /** Read the profile on the tab, on demand. */
  read(tabId: number): Promise<ReadResult>;
  /** Tell the background a contact changed (badge). */
  contactsChanged(tabId: number): Promise<void>;
  /**
   * Call back when the quick-save shortcut asks for the form — also once at
   * start when the request came just before the panel opened. Returns an unsubscribe.
   */
  onQuickSaveRequest(callback: () => void): () => void;
  /** The tab's address and title, read only when the user asks (adding the page as a resource). */
  pageInfo(tabId: number): Promise<PageInfo>;
  /** May Guild read LinkedIn and X right now (host access not withheld by the user)? */
  hostAccess(): Promise<boolean>;
  /** Ask the browser for that access; call it straight from a click (user gesture). */
  requestHostAccess(): Promise<boolean>;
  /** Call back when host access is given or taken back. Returns an unsubscribe. */
  watchHostAccess(onChange: () => void): () => void;
}
