import { browser } from 'wxt/browser';

/** Firefox's sidebar API, absent from WXT's Chrome-based types. */
interface SidebarActionApi {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

function firefoxSidebar(): SidebarActionApi | undefined {
  return (browser as unknown as { sidebarAction?: SidebarActionApi }).sidebarAction;
}

/** Chrome: the toolbar button opens the side panel. Firefox: it toggles the sidebar. */
export function registerPanelOpening(): void {
  const sidebar = firefoxSidebar();
  if (browser.sidePanel) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Guild: could not set the side panel behaviour', error);
    });
  } else if (sidebar) {
    browser.action.onClicked.addListener(() => {
      void sidebar.toggle();
    });
  }
}

/**
 * Open the panel from a user gesture (a keyboard shortcut). Must be called
 * before any `await` in the handler, or the browser no longer counts it as one.
 */
export async function openPanel(windowId: number | undefined): Promise<void> {
  if (browser.sidePanel && windowId !== undefined) return browser.sidePanel.open({ windowId });
  await firefoxSidebar()?.open();
}
