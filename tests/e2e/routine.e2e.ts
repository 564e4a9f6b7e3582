import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TZDate } from '@date-fns/tz';
import type { Page } from 'playwright-core';
import { buildContact } from '@/lib/db/new-contact';
import type { Contact } from '@/lib/schemas/contact';
import { launchGuild, type GuildBrowser } from '../harness/guild';
import { eventually } from '../harness/eventually';
import { E2E_OUT_DIR, EXTENSION_DIR, ROOT } from '../harness/paths';

/**
 * How time is injected: the alarm's handler takes "now" as an argument. A
 * build made with `wxt build --mode test` (and only such a build: the call
 * is guarded by `import.meta.env.MODE`, production bundles do not contain
 * it) exposes the real handlers on `globalThis.guildRoutineTest`; the test
 * calls them in the service worker with a fixed Monday. Dates are in 2030 so
 * the real alarms the handler sets never fire during the test.
 */
const PARIS = 'Europe/Paris';
const at = (h: number, d = 7) => new TZDate(2030, 0, d, h, 0, PARIS).getTime(); // 2030-01-07 is a Monday
const TEST_BUILD = path.join(E2E_OUT_DIR, 'chrome-mv3-test');
const CLOSE = ['Ana Lima', 'Bruno Costa', 'Chloé Martin', 'Dan Wu'];

interface Hook {
  quiet(): Promise<void>;
  fireAt(now: number): Promise<unknown>;
  click(id: string): Promise<void>;
}
declare const guildRoutineTest: Hook;

function person(name: string, i: number, circle: Contact['circle']): Contact {
  const handle = `person-${i}`;
  return buildContact(
    {
      name,
      circle,
      // Talked to the day before: no keep-in-touch reminder competes with the routine.
      lastInteractionAt: at(9, 6),
      profiles: [
        {
          site: 'linkedin',
          key: `linkedin:${handle}`,
          url: `https://www.linkedin.com/in/${handle}/`,
          handle,
        },
      ],
    },
    at(9, 1),
  );
}

/** Put records in Guild's database with the raw IndexedDB API, from the service worker. */
async function seed(guild: GuildBrowser, stores: Record<string, object[]>): Promise<void> {
  // Wait until the background has created the database (never create it here at version 1).
  await eventually(async () =>
    expect(
      await guild.inBackground(async () => (await indexedDB.databases()).some((d) => d.name === 'guild')),
    ).toBe(true),
  );
  await guild.inBackground(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('guild');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(data), 'readwrite');
          for (const [store, records] of Object.entries(data))
            for (const r of records) tx.objectStore(store).put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}

describe('routine: notifications at the right time, the Monday list on click', () => {
  let guild: GuildBrowser;
  beforeAll(async () => {
    execFileSync('npx', ['wxt', 'build', '--mode', 'test'], {
      cwd: ROOT,
      env: { ...process.env, GUILD_OUT_DIR: E2E_OUT_DIR },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    guild = await launchGuild({ extensionDir: TEST_BUILD });
    await seed(guild, {
      settings: [{ id: 'settings', timeZone: PARIS }],
      contacts: [...CLOSE.map((name, i) => person(name, i, 'close')), person('Zoé Active', 9, 'active')],
    });
    // Record what the handler asks Chrome to show (getAll() only returns ids).
    await guild.inBackground(() => {
      const created: unknown[] = [];
      const original = chrome.notifications.create.bind(chrome.notifications);
      (globalThis as { created?: unknown[] }).created = created;
      chrome.notifications.create = ((
        id: string,
        options: chrome.notifications.NotificationOptions,
        cb?: () => void,
      ) => {
        created.push({ id, options });
        return original(id, options as chrome.notifications.NotificationCreateOptions, cb as never);
      }) as typeof chrome.notifications.create;
    });
    // From here the test's clock rules: on a real Monday morning the start-up check would
    // show its own Monday nudge beside the test's.
    await guild.inBackground(async () => {
      await guildRoutineTest.quiet();
      (globalThis as { created?: unknown[] }).created!.length = 0;
    });
  });
  afterAll(async () => {
    await guild?.close();
  });

  test('Monday 09:00: the Monday notification with the right count', async () => {
    await guild.inBackground((now) => guildRoutineTest.fireAt(now), at(9));
    const ids = await guild.inBackground(async () => Object.keys(await chrome.notifications.getAll()));
    expect(ids).toEqual(['guild:nudge:monday:1']);
    const created = await guild.inBackground(() => (globalThis as { created?: unknown[] }).created);
    expect(created).toMatchObject([
      {
        id: 'guild:nudge:monday:1',
        options: {
          title: 'Monday: 4 people in your close circle to catch up on',
          message: 'Ana Lima, Bruno Costa, Chloé Martin and 1 more',
        },
      },
    ]);
    const alarm = await guild.inBackground(() => chrome.alarms.get('guild:next-nudge'));
    expect(alarm?.scheduledTime).toBe(at(9, 9)); // Wednesday 09:00
  });

  test('Monday 21:00: nothing is shown; the next allowed time (Tuesday 08:00) is scheduled', async () => {
    await guild.inBackground(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
    // A follow-up fell due at 20:30, inside quiet hours.
    await seed(guild, {
      tasks: [
        {
          kind: 'follow-up',
          due: at(20) + 30 * 60_000,
          status: 'open',
          origin: 'quick-save',
          createdAt: at(9),
        },
      ],
    });
    await guild.inBackground((now) => guildRoutineTest.fireAt(now), at(21));
    expect(await guild.inBackground(async () => Object.keys(await chrome.notifications.getAll()))).toEqual(
      [],
    );
    const alarm = await guild.inBackground(() => chrome.alarms.get('guild:next-nudge'));
    expect(alarm?.scheduledTime).toBe(at(8, 8));
  });

  test('clicking the Monday notification opens the Monday list with the right people', async () => {
    const opened = guild.context.waitForEvent('page', { timeout: 10_000 });
    await guild.inBackground((id) => guildRoutineTest.click(id), 'guild:nudge:monday:1');
    const page: Page = await opened;
    await eventually(() =>
      expect(page.url()).toBe(`chrome-extension://${guild.extensionId}/options.html#/routine/monday`),
    );
    const list = page.locator('.routine-list > li strong');
    await eventually(async () => expect(await list.allTextContents()).toEqual(CLOSE));
    expect(await page.getByRole('link', { name: 'Open Ana Lima’s profile' }).getAttribute('href')).toBe(
      'https://www.linkedin.com/in/person-0/',
    );
    await page.getByRole('button', { name: 'Mark checked: Ana Lima' }).click();
    await eventually(async () => expect(await page.getByText('Checked today').count()).toBe(1));
  });

  test('the production build (built by the global setup) does not contain the test hook', () => {
    expect(readFileSync(path.join(TEST_BUILD, 'background.js'), 'utf8')).toContain('guildRoutineTest');
    expect(readFileSync(path.join(EXTENSION_DIR, 'background.js'), 'utf8')).not.toContain('guildRoutineTest');
  });
});
