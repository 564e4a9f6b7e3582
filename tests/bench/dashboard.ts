import type { GuildBrowser } from '../harness/guild';
import { heapMb } from './bench-page';
import { row, type Section } from './report';
import { p95 } from './stats';

/** Installed before the dashboard's scripts: first table row, and the count line once loading is over. */
function watchList() {
  const w = window as unknown as { __list: { firstRowAt?: number; loadedAt?: number } };
  w.__list = {};
  new MutationObserver(() => {
    if (w.__list.firstRowAt === undefined && document.querySelector('tr[data-row]'))
      w.__list.firstRowAt = performance.now();
    const count = document.querySelector('[data-testid="contacts-count"]')?.textContent ?? '';
    if (w.__list.loadedAt === undefined && /^[\d,.\s  ]+ (people|personnes)/.test(count))
      w.__list.loadedAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Times one keystroke in the search box: keydown → React's commit (a later `input` listener) → next frame. */
function watchKeys() {
  const w = window as unknown as { __keys: { committed: number; frame: number }[] };
  w.__keys = [];
  let down = 0;
  window.addEventListener('keydown', () => (down = performance.now()), { capture: true });
  window.addEventListener('input', () => {
    const committed = performance.now() - down;
    requestAnimationFrame(() => w.__keys.push({ committed, frame: performance.now() - down }));
  });
}

const TYPED = ['person 4217', 'rust', 'company 42'];

/**
 * Figure 3 (the user's side) and the dashboard half of figure 6: the real
 * dashboard over Guild's database (100,000 contacts after the upgrade).
 */
export async function dashboard(
  guild: GuildBrowser,
  reps: number,
): Promise<{ rows: Section['rows']; heap: number }> {
  const firstRow: number[] = [];
  const loaded: number[] = [];
  let heap = NaN;
  let committed: number[] = [];
  let frames: number[] = [];
  for (let i = 0; i < reps; i++) {
    const page = await guild.context.newPage();
    await page.addInitScript(watchList);
    await page.goto(`chrome-extension://${guild.extensionId}/options.html#/contacts`);
    await page.waitForFunction(
      () => (window as unknown as { __list: { loadedAt?: number } }).__list.loadedAt,
      undefined,
      {
        timeout: 120_000,
        polling: 100,
      },
    );
    const seen = await page.evaluate(
      () => (window as unknown as { __list: { firstRowAt: number; loadedAt: number } }).__list,
    );
    firstRow.push(seen.firstRowAt);
    loaded.push(seen.loadedAt);
    if (i === reps - 1) {
      heap = await heapMb(guild, page);
      await page.evaluate(watchKeys);
      const box = page.locator('.search-field input');
      for (const word of TYPED) {
        await box.focus();
        for (const ch of word) {
          await page.keyboard.press(ch === ' ' ? 'Space' : ch);
          await page.waitForTimeout(30);
        }
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Backspace');
        await page.waitForTimeout(30);
      }
      const keys = await page.evaluate(
        () => (window as unknown as { __keys: { committed: number; frame: number }[] }).__keys,
      );
      committed = keys.map((k) => k.committed);
      frames = keys.map((k) => k.frame);
    }
    await page.close();
  }
  return {
    heap,
    rows: [
      row('dashboard list 100k: navigation → first rows', firstRow, 'ms', {
        detail: 'the table appears once the index has loaded',
      }),
      row('dashboard list 100k: navigation → all loaded', loaded, 'ms', { detail: '“100,000 people” shown' }),
      row('search keystroke in the dashboard, 100k: keydown → table rendered', committed, 'ms', {
        goal: '< 16 ms p95',
        pass: p95(committed) < 16,
        detail: `typing ${TYPED.map((t) => `“${t}”`).join(', ')} then clearing`,
        ifMissed:
          'each keystroke runs one pass over the pre-sorted index (the pure query above) plus a React render of the virtualised rows. When the median is well under 16 ms, the p95 is mostly the loaded machine (another process holding the core for a scheduler slice); otherwise render the table from `useDeferredValue(filter)` so that the box stays instant and the list follows a frame later.',
      }),
      row('search keystroke in the dashboard, 100k: keydown → next frame', frames, 'ms'),
    ],
  };
}
