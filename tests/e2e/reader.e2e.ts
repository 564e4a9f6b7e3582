import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchGuild, type GuildBrowser, type SitePage } from '../harness/guild';
import { panel, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';

/**
 * Reading profiles in real Chromium: after in-app navigation the panel shows
 * the second person, never the first under the second's URL; and how long a
 * read takes.
 */

interface Render {
  at: number;
  name: string | null;
}

/** Record every name the panel renders from now on (a MutationObserver in the panel page). */
async function recordRenders(page: Page): Promise<() => Promise<Render[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __renders: { at: number; name: string | null }[] };
    w.__renders = [];
    // Start from what is shown now, so an unrelated DOM change is not taken for a new render.
    let last: string | null = document.getElementById('person-name')?.textContent ?? null;
    new MutationObserver(() => {
      const name = document.getElementById('person-name')?.textContent ?? null;
      if (name !== last) w.__renders.push({ at: performance.timeOrigin + performance.now(), name });
      last = name;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __renders: Render[] }).__renders);
}

/** What a naive reader (no waiting) would see in the tab right now. */
function naiveRead(guild: GuildBrowser, site: SitePage, selector: string) {
  return guild.inBackground(
    async ({ tabId, selector: sel }) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId },
        func: (s: string) => ({ url: location.href, shown: document.querySelector(s)?.textContent ?? null }),
        args: [sel],
      });
      return injection?.result as { url: string; shown: string | null };
    },
    { tabId: site.tabId, selector },
  );
}

/** Run Guild's reader in the tab from the background, as the panel does. */
function runReader(guild: GuildBrowser, tabId: number) {
  return guild.inBackground(async (id) => {
    const started = performance.now();
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: id },
      files: ['/reader.js'],
    });
    return { ms: performance.now() - started, result: injection?.result as Record<string, unknown> };
  }, tabId);
}

async function navigateInApp(
  guild: GuildBrowser,
  start: string,
  expected: { first: string; second: string; secondKey: string; selector: string },
) {
  const site = await guild.openSite(start);
  const p = panel((await guild.openPanel(site)).page);
  await eventually(async () => expect(await textOf(p.personName())).toBe(expected.first));
  const renders = await recordRenders(p.page);

  const clickedAt = Date.now();
  await site.page.click('#next');
  // The trap is real: right after pushState the tab's URL names the second
  // person while the page still shows the first.
  const naive = await naiveRead(guild, site, expected.selector);
  expect(naive.url).toContain(expected.secondKey.split(':')[1]);
  expect(naive.shown).toBe(expected.first);

  await eventually(async () => expect(await textOf(p.personName())).toBe(expected.second), 10_000);
  const shownAt = Date.now();
  // Let any late render land before judging.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = (await renders()).filter((r) => r.at >= clickedAt);
  expect(after.map((r) => r.name).filter((n) => n !== null)).toEqual([expected.second]);
  expect(await textOf(p.personName())).toBe(expected.second);
  return { site, panel: p, waitedMs: shownAt - clickedAt };
}

describe('reading profiles in Chromium', () => {
  let guild: GuildBrowser;
  beforeAll(async () => {
    guild = await launchGuild();
  });
  afterAll(async () => {
    await guild?.close();
  });

  test('LinkedIn in-app navigation: the panel shows the second person, never the first under their URL', async () => {
    const { site, waitedMs } = await navigateInApp(guild, 'https://www.linkedin.com/in/ada-lindqvist/', {
      first: 'Ada Lindqvist',
      second: 'Bo Nakamura',
      secondKey: 'linkedin:bo-nakamura',
      selector: 'h1',
    });
    // The page caught up 700 ms after the click; the panel followed, not before.
    expect(waitedMs).toBeGreaterThanOrEqual(650);
    const { result } = await runReader(guild, site.tabId);
    expect(result).toMatchObject({
      ok: true,
      snapshot: {
        profile: { key: 'linkedin:bo-nakamura', url: 'https://www.linkedin.com/in/bo-nakamura/' },
        name: 'Bo Nakamura',
        headline: 'Staff engineer at Shopify · Ruby, performance',
        location: 'Ottawa, Ontario, Canada',
      },
    });
  });

  test('X in-app navigation: the panel shows @bo_codes, never Ada under his URL', async () => {
    const { site, waitedMs } = await navigateInApp(guild, 'https://x.com/ada_codes', {
      first: 'Ada Lindqvist',
      second: 'Bo Nakamura',
      secondKey: 'x:bo_codes',
      selector: '#name',
    });
    expect(waitedMs).toBeGreaterThanOrEqual(450);
    const { result } = await runReader(guild, site.tabId);
    expect(result).toMatchObject({
      ok: true,
      snapshot: { profile: { key: 'x:bo_codes' }, name: 'Bo Nakamura', headline: 'Ruby and performance.' },
    });
  });

  test('median time to read a profile (executeScript round trip from the service worker)', async () => {
    const report: string[] = [];
    for (const url of ['https://www.linkedin.com/in/camille-lefevre-dev/', 'https://x.com/TaminoMartinius']) {
      const site = await guild.openSite(url);
      await site.page.waitForLoadState('load');
      const first = await runReader(guild, site.tabId);
      expect(first.result.ok).toBe(true);
      const times: number[] = [];
      for (let i = 0; i < 20; i++) times.push((await runReader(guild, site.tabId)).ms);
      times.sort((a, b) => a - b);
      const median = (times[9]! + times[10]!) / 2;
      report.push(
        `${url}: first ${first.ms.toFixed(1)} ms, median of 20 ${median.toFixed(1)} ms ` +
          `(min ${times[0]!.toFixed(1)}, max ${times[19]!.toFixed(1)})`,
      );
      expect(median).toBeLessThan(100);
      await site.page.close();
    }
    console.log(`[reader timing]\n${report.join('\n')}`);
  });
});
