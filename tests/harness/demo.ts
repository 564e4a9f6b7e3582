import type { Page } from 'playwright-core';
import { demoAddressBook } from './demo-address-book';
import { DEMO_START_URL } from './demo-pages';
import { launchGuild, type GuildBrowser } from './guild';

export interface DemoOptions {
  /** The built extension to load (`.output/chrome-mv3` for `npm start`). */
  extensionDir: string;
  /** Tests run it headless; `npm start` shows it. */
  headless?: boolean;
  /** For tests: a fixed locale (a shown browser keeps the system's). */
  locale?: string;
}

export interface Demo {
  guild: GuildBrowser;
  /** The dashboard tab, on the contact list once the demo address book is in. */
  dashboard: Page;
  /** The demo's start page (the LinkedIn feed's address, served from the repository). */
  start: Page;
}

const WELCOME_WAIT_MS = 5_000;

/**
 * `npm start`'s demo: Chromium with Guild loaded, the demo pages served on
 * loopback as www.linkedin.com and x.com (with a banner saying so), and the
 * demo address book restored through the dashboard's own "Restore from a
 * backup file" — the path a user takes, not a write into the database from
 * outside. Leaves two tabs: the dashboard's contact list and the start page.
 */
export async function startDemo(options: DemoOptions): Promise<Demo> {
  const guild = await launchGuild({
    extensionDir: options.extensionDir,
    headless: options.headless ?? false,
    demo: true,
    locale: options.locale,
  });
  try {
    const dashboard = await welcomeTab(guild);
    await restoreDemoAddressBook(dashboard, guild.extensionId);
    await dashboard.goto(`chrome-extension://${guild.extensionId}/options.html#/contacts`);
    // The browser opens with an empty tab: the start page takes it.
    const blank = guild.context.pages().find((p) => p !== dashboard && p.url() === 'about:blank');
    const start = blank ?? (await guild.context.newPage());
    await start.goto(DEMO_START_URL);
    await start.bringToFront();
    return { guild, dashboard, start };
  } catch (error) {
    await guild.close();
    throw error;
  }
}

/** The welcome page Guild opens on install (reused for the dashboard), or a new dashboard tab. */
async function welcomeTab(guild: GuildBrowser): Promise<Page> {
  const isWelcome = (p: Page) => p.url().includes(`${guild.extensionId}/options.html`);
  const open = guild.context.pages().find(isWelcome);
  if (open) return open;
  const page = await guild.context
    .waitForEvent('page', { predicate: isWelcome, timeout: WELCOME_WAIT_MS })
    .catch(() => undefined);
  return page ?? guild.openDashboard();
}

/** Restore the demo backup with the dashboard's file input, and wait until it says it is done. */
async function restoreDemoAddressBook(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html#/data`);
  const backup = demoAddressBook();
  // The restore input of the Backup section (the other file inputs take CSV or ZIP).
  const input = page.locator('input[type="file"][accept*="json"]');
  await input.setInputFiles({
    name: 'guild-demo-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  const count = String(backup.tables.contacts.length);
  await page
    .getByRole('status')
    .filter({ hasText: count })
    .first()
    .waitFor({ state: 'visible', timeout: 30_000 });
}
