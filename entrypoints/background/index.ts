import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { acceptMessage, type Message } from '@/lib/messaging';
import { refreshBadges, updateBadge } from './badge';
import { openPanel, registerPanelOpening } from './side-panel';
import { QUICK_SAVE_REQUEST_KEY } from '@/lib/panel-requests';
import { registerRoutine, rescheduleRoutine } from './routine';
import { exposeRoutineTestHook } from './routine-test-hook';
import { registerWelcome } from './welcome';
import { registerSync, syncNow, syncSoon } from './sync';

/**
 * The service worker only wires concerns that live in their own files. Every
 * listener is registered synchronously, so the browser can wake it for them.
 */
export default defineBackground(() => {
  registerPanelOpening();
  // First run: the welcome page (language, name, routine, close circle, import).
  registerWelcome(logError);
  // Weekly routine and reminders: alarms, notifications (see ./routine.ts).
  registerRoutine(logError);
  // Opt-in sync: an alarm, and runs after edits and on "Sync now" (see ./sync.ts).
  registerSync(logError);
  // Test builds only (`wxt build --mode test`): production bundles drop it.
  if (import.meta.env.MODE === 'test') exposeRoutineTestHook();

  // Site navigation (full loads and pushState) → badge for the person shown.
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.url || changeInfo.status === 'complete') {
      updateBadge(tabId, changeInfo.url ?? tab.url).catch(logError);
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'quick-save') return;
    // Open first: the shortcut's user gesture does not survive an await.
    openPanel(tab?.windowId).catch(logError);
    void browser.storage.session.set({ [QUICK_SAVE_REQUEST_KEY]: Date.now() }).catch(logError);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const verdict = acceptMessage(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!verdict.ok) {
      console.warn('Guild: rejected a message:', verdict.why);
      return undefined;
    }
    return handle(verdict.message);
  });
});

function handle(message: Message): Promise<unknown> {
  switch (message.type) {
    case 'badge:refresh':
      return refreshBadges(message.tabId).then(() => ({ ok: true }));
    case 'routine:reschedule':
      // Recomputes only when the settings the alarm was computed from changed.
      return rescheduleRoutine().then(() => ({ ok: true }));
    case 'sync:soon':
      syncSoon(logError);
      return Promise.resolve({ ok: true });
    case 'sync:now':
      return syncNow().then((ok) => ({ ok }));
  }
}

function logError(error: unknown): void {
  console.error('Guild:', error);
}
