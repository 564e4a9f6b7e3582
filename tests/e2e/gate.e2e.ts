import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { panel, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { useGuild } from '../harness/use-guild';

/**
 * The identity gate in real Chromium: after the site's in-app navigation the
 * URL names the second person while the page still shows the first. The
 * panel shows "loading" (no Save) until the page shows the second person,
 * then shows them without any further tab event; nothing is ever stored
 * under the second person's key with the first person's name.
 */

interface StoredContact {
  name: string;
  headline?: string;
  profileKeys: string[];
}

/** Every name the panel renders from now on, in order (a MutationObserver in the panel page). */
async function recordNames(page: Page): Promise<() => Promise<(string | null)[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __names: (string | null)[] };
    w.__names = [];
    // Start from what is shown now: any later DOM change (a list refreshing, a save
    // landing) would otherwise record the current name as if it had been rendered anew.
    let last: string | null = document.getElementById('person-name')?.textContent ?? null;
    new MutationObserver(() => {
      const name = document.getElementById('person-name')?.textContent ?? null;
      if (name !== last) w.__names.push(name);
      last = name;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __names: (string | null)[] }).__names);
}

/** Press every Save button the panel shows, as fast as possible, for `ms`. Returns how many presses landed. */
async function pressSaveFor(p: ReturnType<typeof panel>, ms: number): Promise<number> {
  let presses = 0;
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await p.saveButton().isVisible()) {
      await p
        .saveButton()
        .click({ timeout: 200 })
        .then(() => presses++)
        .catch(() => undefined);
    }
  }
  return presses;
}

const cases = [
  {
    site: 'LinkedIn, no self-link on the page',
    start: 'https://www.linkedin.com/in/nils-holm/',
    first: 'Nils Holm',
    second: 'Oona Berg',
    secondKey: 'linkedin:oona-berg',
  },
  {
    site: 'X',
    start: 'https://x.com/ada_codes',
    first: 'Ada Lindqvist',
    second: 'Bo Nakamura',
    secondKey: 'x:bo_codes',
  },
];

describe('identity gate after in-app navigation', () => {
  const session = useGuild();

  test.each(cases)(
    '$site: Save pressed at once never stores the first person under the second key',
    async ({ start, first, second, secondKey }) => {
      const { guild } = session;
      const site = await guild.openSite(start);
      const p = panel((await guild.openPanel(site)).page);
      await eventually(async () => expect(await textOf(p.personName())).toBe(first));
      const names = await recordNames(p.page);

      await site.page.click('#next');
      // Saving the first person under their own key, before the panel hears of the
      // navigation, is right; any Save after that must wait for the second person.
      const presses = await pressSaveFor(p, 300);

      const contacts = await readStore<StoredContact>(p.page, 'contacts');
      const underSecond = contacts.filter((c) => c.profileKeys.includes(secondKey));
      expect(underSecond.filter((c) => c.name !== second)).toEqual([]);

      // The panel follows the page without any other tab event (the page changes its DOM
      // 450–700 ms after pushState).
      await eventually(async () => expect(await textOf(p.personName())).toBe(second), 5_000);
      const shown = (await names()).filter((n) => n !== null);
      // With no Save landed, the panel went straight from the first person to the
      // second. A Save that landed on the first person (before the panel heard of the
      // navigation) may re-render them once; after the second person, never again.
      if (presses === 0) expect(shown).toEqual([second]);
      else {
        expect(shown.at(-1)).toBe(second);
        expect(shown.slice(0, -1).every((n) => n === first)).toBe(true);
      }
      await p.saveButton().click();
      await eventually(async () => {
        const stored = await readStore<StoredContact>(p.page, 'contacts');
        expect(stored.filter((c) => c.profileKeys.includes(secondKey)).map((c) => c.name)).toEqual([second]);
      });
    },
    60_000,
  );
});
