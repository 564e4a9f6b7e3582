import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { panel, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { useGuild } from '../harness/use-guild';

/**
 * A hostile profile (tests/fixtures/pages/linkedin/in_evil-eve.html) in real
 * Chromium: its markup payloads reach the panel and the dashboard as inert
 * text, nothing opens a dialog, no page script runs in Guild's pages, and the
 * page's own tampering with DOM prototypes never reaches the reader.
 */

const EVE = 'https://www.linkedin.com/in/evil-eve/';
const NAME = `Eve <img src=x onerror="document.title='PWNED';alert(1)">`;

/** Markers a payload would set if it ever ran in an extension page. */
function compromised(page: Page) {
  return page.evaluate(() => ({
    title: document.title,
    pwned: (window as { __guildPwned?: unknown }).__guildPwned ?? null,
    foreign: [
      ...document.querySelectorAll('main img, main script, main iframe, main svg, main embed, main object'),
    ].map((e) => e.outerHTML),
    handlers: [...document.querySelectorAll('main *')].flatMap((e) =>
      e.getAttributeNames().filter((a) => a.startsWith('on')),
    ),
    jsLinks: [...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')].length,
  }));
}

describe('hostile profile page', () => {
  const session = useGuild();
  const dialogs: string[] = [];
  beforeEach(() => {
    dialogs.length = 0;
    // Every page of the context, the site's and Guild's: any dialog fails the test.
    session.guild.context.on('page', (page) =>
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      }),
    );
  });

  test(
    'the panel shows every payload as text, runs none, and saves it as text',
    { timeout: 90_000 },
    async () => {
      const site = await session.guild.openSite(EVE);
      expect(await site.page.evaluate(() => (window as { __pageScriptRan?: boolean }).__pageScriptRan)).toBe(
        true,
      );
      const p = panel((await session.guild.openPanel(site)).page);
      const panelTitle = await p.page.title();

      await eventually(async () => expect(await textOf(p.personName())).toBe(NAME));
      const headline = await textOf(p.page.locator('.headline'));
      expect(headline).toContain("<script>window.__guildPwned=1;alert('headline')</script>");
      // Bidi override and zero-width space are gone; the text reads as written.
      expect(headline).toContain('StaffreenignE at Acme');
      expect(headline).not.toMatch(/[\u202a-\u202e\u200b]/);

      // The reader ran in an isolated world: the page's poisoned prototypes were never called.
      expect(
        await site.page.evaluate(() => (window as { __poisonCalled?: boolean }).__poisonCalled ?? false),
      ).toBe(false);
      // The page has no channel to Guild (externally_connectable is empty).
      expect(
        await site.page.evaluate(
          (id) =>
            new Promise<string>((resolve) => {
              const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
                ?.runtime;
              if (typeof runtime?.sendMessage !== 'function') return resolve('no runtime');
              try {
                (runtime.sendMessage as (id: string, m: unknown, cb: () => void) => void)(
                  id,
                  { type: 'badge:refresh' },
                  () => resolve('answered'),
                );
              } catch (error) {
                resolve(`refused: ${String(error).slice(0, 60)}`);
              }
            }),
          session.guild.extensionId,
        ),
      ).not.toBe('answered');

      await p.saveButton().click();
      await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));
      const [stored] = await readStore<{ name: string; headline?: string; avatarUrl?: string }>(
        p.page,
        'contacts',
      );
      expect(stored?.name).toBe(NAME);
      expect(stored?.avatarUrl).toBeUndefined();

      expect(await compromised(p.page)).toEqual({
        title: panelTitle,
        pwned: null,
        foreign: [],
        handlers: [],
        jsLinks: 0,
      });

      // The dashboard lists the same person, as text too.
      const dashboard = await session.guild.openDashboard();
      const dashboardTitle = await dashboard.title();
      await eventually(async () =>
        expect(await dashboard.getByText(NAME, { exact: true }).count()).toBeGreaterThan(0),
      );
      await dashboard.waitForTimeout(300);
      const seen = await compromised(dashboard);
      expect({ ...seen, foreign: seen.foreign.filter((html) => !html.startsWith('<svg')) }).toEqual({
        title: dashboardTitle,
        pwned: null,
        foreign: [],
        handlers: [],
        jsLinks: 0,
      });
      expect(dialogs).toEqual([]);
    },
  );
});
