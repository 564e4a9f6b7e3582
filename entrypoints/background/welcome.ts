import { browser } from 'wxt/browser';

/** The welcome page: the dashboard's `#/welcome` section. */
export const WELCOME_PATH = '/options.html#/welcome';

/**
 * Open the welcome page when Guild is installed (not on updates or browser
 * restarts): language, name, routine, close circle and import, in one page.
 */
export function registerWelcome(logError: (error: unknown) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH) }).catch(logError);
  });
}
