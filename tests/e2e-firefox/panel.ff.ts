import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefoxGuild, ORIGIN, type FirefoxGuild } from '../harness/firefox';
import {
  click,
  count,
  find,
  firefoxPanel,
  readClipboard,
  textOf,
  visibleText,
} from '../harness/firefox-page';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { expectNoRequestLeft } from './no-request';
import { readAndSave } from './journeys';

interface StoredContact {
  id: number;
  profileKeys: string[];
  name: string;
  headline?: string;
}

/** Every change of the name the panel shows, from now on (a MutationObserver in the panel page). */
async function recordNames(page: Page): Promise<() => Promise<(string | null)[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __names: (string | null)[] };
    w.__names = [];
    const current = () => document.getElementById('person-name')?.textContent ?? null;
    let last = current();
    new MutationObserver(() => {
      const name = current();
      if (name !== last) w.__names.push(name);
      last = name;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __names: (string | null)[] }).__names);
}

/**
 * One Firefox session for the panel's journeys, in order (each builds on the
 * last: Camille is saved in the first and given a resource later). The
 * session ends by proving nothing left Guild's pages.
 */
describe('Firefox: the panel on LinkedIn and X', () => {
  let guild: FirefoxGuild;
  beforeAll(async () => {
    guild = await launchFirefoxGuild();
  });
  afterAll(async () => {
    await guild?.close();
  });

  test('LinkedIn: read → Save → stored → badge ✓ → a fresh panel says saved → the dashboard lists her', async () => {
    const { site, panel: p } = await readAndSave(guild, 'https://www.linkedin.com/in/camille-lefevre-dev/', {
      name: 'Camille Lefèvre',
      headline: 'Senior Frontend Engineer at Doctolib',
    });
    const contacts = await readStore<StoredContact>(p.page, 'contacts');
    expect(contacts).toMatchObject([
      {
        profileKeys: ['linkedin:camille-lefevre-dev'],
        name: 'Camille Lefèvre',
        headline: 'Senior Frontend Engineer at Doctolib · React performance, design systems',
      },
    ]);
    await p.page.close();
    // Reload the profile: the badge comes back; a fresh panel shows her as saved.
    await site.page.reload();
    await eventually(async () =>
      expect(await guild.inExtension((b, id) => b.action.getBadgeText({ tabId: id }), site.tabId)).toBe('✓'),
    );
    const again = firefoxPanel(await guild.openPanel(site));
    await eventually(async () => expect(await again.status()).toContain('In your address book'));
    expect(await count(again.page, 'button', 'Save contact')).toBe(0);
    await again.page.close();
    const dashboard = await guild.openDashboard();
    await eventually(async () =>
      expect(await textOf(dashboard, '.contact-table')).toContain('Camille Lefèvre'),
    );
    await dashboard.close();
  });

  test('X: read → Save → stored under x:<handle> → badge ✓', async () => {
    const { panel: p } = await readAndSave(guild, 'https://x.com/TaminoMartinius', {
      name: 'Tamino Martinius',
      headline: 'I speak code as Staff Engineer @ServiceNow',
    });
    const contacts = await readStore<StoredContact>(p.page, 'contacts');
    expect(contacts.map((c) => [c.profileKeys, c.name])).toContainEqual([
      ['x:taminomartinius'],
      'Tamino Martinius',
    ]);
    await p.page.close();
  });

  for (const [start, secondKey] of [
    ['https://www.linkedin.com/in/ada-lindqvist/', 'bo-nakamura'],
    ['https://x.com/ada_codes', 'bo_codes'],
  ] as const) {
    test(`in-app navigation from ${start}: the panel shows Bo, never Ada under Bo's URL`, async () => {
      const site = await guild.openSite(start);
      const p = firefoxPanel(await guild.openPanel(site));
      await eventually(async () => expect(await p.personName()).toBe('Ada Lindqvist'));
      const names = await recordNames(p.page);
      // The page pushes Bo's URL at once and shows Bo ~0.5–0.7 s later (see the fixture).
      await site.page.click('#next');
      expect(site.page.url()).toContain(secondKey);
      await eventually(async () => expect(await p.personName()).toBe('Bo Nakamura'));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await names()).filter((n) => n !== null)).toEqual(['Bo Nakamura']);
      await p.page.close();
      await site.page.close();
    });
  }

  test('quick-save: “We just talked” → follow-up with topic, event and promise → Copy → the clipboard holds it', async () => {
    const site = await guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    const p = firefoxPanel(await guild.openPanel(site));
    await eventually(async () => expect(await p.status()).toContain('In your address book'));
    await p.weJustTalked();
    await p.where('Paris.js');
    await p.fill('What you talked about', 'React performance budgets');
    await p.fill(/^What you promised/, 'the slides of my Suspense talk');
    await p.submitQuickSave();
    await eventually(async () => expect(await p.followUpText()).toContain('Hi Camille,'));
    const text = (await p.followUpText()) ?? '';
    for (const part of ['React performance budgets', 'Paris.js', 'the slides of my Suspense talk'])
      expect(text).toContain(part);
    await p.copy();
    await eventually(async () => expect(await visibleText(p.page)).toContain('Copied'));
    await eventually(async () => expect(await readClipboard(site.page)).toBe(text));
    const tasks = await readStore<{ kind: string; origin: string }>(p.page, 'tasks');
    // Her LinkedIn profile is open: no "connect on LinkedIn" task.
    expect(tasks.map((t) => t.kind)).toEqual(['send-promised']);
    expect(await readStore(p.page, 'interactions')).toMatchObject([
      { kind: 'conversation', topic: 'React performance budgets' },
    ]);
    await p.page.close();
    await site.page.close();
  });

  test('give first: Camille’s interest meets a saved resource → the panel suggests it → Copy names both → “Sent” logs it as given', async () => {
    const probe = await guild.openDashboard();
    // What the user would have typed in the dashboard, written with raw IndexedDB.
    await probe.evaluate(
      (at) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('guild');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['contacts', 'resources'], 'readwrite');
            const contacts = tx.objectStore('contacts');
            const all = contacts.getAll();
            all.onsuccess = () => {
              const camille = (all.result as { name: string }[]).find((c) => c.name === 'Camille Lefèvre');
              if (camille) contacts.put({ ...camille, interests: ['React performance'], updatedAt: at });
              tx.objectStore('resources').add({
                url: 'https://web.dev/articles/optimize-inp',
                title: 'Optimize Interaction to Next Paint',
                tags: ['React performance', 'web vitals'],
                addedAt: at,
              });
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      Date.now(),
    );
    await probe.close();
    const site = await guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    const p = firefoxPanel(await guild.openPanel(site));
    await eventually(
      async () => expect(await textOf(p.page, 'section.give-first h3')).toBe('Share a resource'),
      15_000,
    );
    expect(await textOf(p.page, 'section.give-first .reason')).toContain('React performance');
    await click(p.page, 'button', 'Copy', 'section.give-first');
    await eventually(async () => expect(await textOf(p.page, 'section.give-first')).toContain('Copied'));
    const copied = await readClipboard(site.page);
    expect(copied).toContain('Camille');
    expect(copied).toContain('Optimize Interaction to Next Paint');
    expect(copied).toContain('https://web.dev/articles/optimize-inp');
    // Copying is not giving: nothing is logged until the user says it was sent.
    const [resource] = await readStore<{ id: number }>(p.page, 'resources');
    const gave = expect.objectContaining({ resourceId: resource!.id, direction: 'gave' });
    expect(await readStore(p.page, 'interactions')).not.toContainEqual(gave);
    await click(p.page, 'button', 'Sent', 'section.give-first');
    await eventually(async () => expect(await readStore(p.page, 'interactions')).toContainEqual(gave));
    await p.page.close();
    await site.page.close();
  });

  test('the real sidebar: the shortcut opens it on the active tab’s person, it follows tab switches, the toolbar button toggles it', async () => {
    const camille = await guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    const tamino = await guild.openSite('https://x.com/TaminoMartinius');
    const sidebarName = () =>
      guild.inExtension((b) => {
        const [view] = b.extension.getViews({ type: 'sidebar' });
        return view ? (view.document.getElementById('person-name')?.textContent ?? '(no person)') : null;
      });
    expect(await guild.chrome.sidebar()).toMatchObject({ open: false });

    // Alt+Shift+G, pressed in Firefox's window (manifest: _execute_sidebar_action).
    await tamino.page.bringToFront();
    await guild.chrome.pressKey('G', { altKey: true, shiftKey: true });
    await eventually(async () =>
      expect(await guild.chrome.sidebar()).toEqual({
        open: true,
        id: 'guild_guild-extension_org-sidebar-action',
      }),
    );
    await eventually(async () => expect(await sidebarName()).toBe('Tamino Martinius'));
    // Firefox's sidebar belongs to the window: it follows whichever tab is active.
    await camille.page.bringToFront();
    await eventually(async () => expect(await sidebarName()).toBe('Camille Lefèvre'));
    await tamino.page.bringToFront();
    await eventually(async () => expect(await sidebarName()).toBe('Tamino Martinius'));

    // The toolbar button (background: action.onClicked → sidebarAction.toggle) closes it and opens it again.
    await guild.chrome.clickToolbarButton('guild@guild-extension.org');
    await eventually(async () => expect(await guild.chrome.sidebar()).toMatchObject({ open: false }));
    await guild.chrome.clickToolbarButton('guild@guild-extension.org');
    await eventually(async () => expect(await guild.chrome.sidebar()).toMatchObject({ open: true }));
    await eventually(async () => expect(await sidebarName()).toBe('Tamino Martinius'));
    await guild.chrome.hideSidebar();
    await camille.page.close();
    await tamino.page.close();
  });

  test('no request left Guild’s pages, and only the pages the test opened reached the sites', async () => {
    expect(ORIGIN).toMatch(/^moz-extension:\/\//);
    await find(await guild.openDashboard(), 'link', 'Contacts');
    expectNoRequestLeft(guild, [
      '/in/camille-lefevre-dev/',
      '/TaminoMartinius',
      '/in/ada-lindqvist/',
      '/ada_codes',
    ]);
  });
});
