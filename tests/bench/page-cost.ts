import type { BrowserContext } from 'playwright-core';
import type { GuildBrowser } from '../harness/guild';
import { row, type Section } from './report';
import { median, ratio as ratioOf, ratioInterval } from './stats';

const SITES = [
  { label: 'LinkedIn', url: 'https://www.linkedin.com/in/camille-lefevre-dev/' },
  { label: 'X', url: 'https://x.com/TaminoMartinius' },
  // Same person, with a page script doing a site's load work (benchmark fixture).
  { label: 'LinkedIn busy page', url: 'https://www.linkedin.com/in/bench-busy-profile/' },
];
type Condition = 'none' | 'closed' | 'open';
/** Quiet time after load (or after the panel's read) before the counters are read. */
const SETTLE_MS = 150;

/** Script and task time (ms) of one fresh load of `url`, from the page's own CDP counters. */
async function load(
  context: BrowserContext,
  url: string,
  guild?: GuildBrowser,
): Promise<{ script: number; task: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Thread ticks: CPU time of the page's main thread, so other processes on a loaded machine do not count.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  let panel;
  if (guild) {
    // The panel pinned to this tab reads it, as the real side panel does when open.
    const tabId = await guild.inBackground(async (href: string) => {
      const tabs = await chrome.tabs.query({ url: href });
      return tabs.at(-1)?.id ?? -1;
    }, page.url());
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${guild.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.waitForFunction(() => document.getElementById('person-name')?.textContent, undefined, {
      timeout: 20_000,
    });
  }
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  await cdp.detach();
  await panel?.close();
  await page.close();
  return { script: value('ScriptDuration'), task: value('TaskDuration') };
}

/**
 * Figure 1: the same fixture loaded in three ways, interleaved within each
 * repetition (rotating the order): a Chromium with no extension; Guild's
 * Chromium with the panel closed; and with the panel open on that tab.
 */
export async function pageCost(guild: GuildBrowser, bare: GuildBrowser, reps: number): Promise<Section> {
  const rows: Section['rows'] = [];
  const samples = new Map<string, { script: number[]; task: number[] }>();
  const key = (site: string, c: Condition) => `${site}/${c}`;
  const conditions: Condition[] = ['none', 'closed', 'open'];
  for (let i = 0; i < reps + 1; i++) {
    for (const site of SITES) {
      for (let k = 0; k < conditions.length; k++) {
        const c = conditions[(i + k) % conditions.length]!;
        const context = c === 'none' ? bare.context : guild.context;
        const m = await load(context, site.url, c === 'open' ? guild : undefined);
        if (i === 0) continue; // warm-up round
        const s = samples.get(key(site.label, c)) ?? { script: [], task: [] };
        s.script.push(m.script);
        s.task.push(m.task);
        samples.set(key(site.label, c), s);
      }
    }
  }
  for (const site of SITES) {
    const none = samples.get(key(site.label, 'none'))!;
    for (const metric of ['script', 'task'] as const) {
      rows.push(row(`${site.label} ${metric} time, no extension`, none[metric], 'ms'));
      for (const c of ['closed', 'open'] as const) {
        const s = samples.get(key(site.label, c))![metric];
        const ratio = ratioOf(median(s), median(none[metric]));
        const added = median(s) - median(none[metric]);
        const [lo, hi] = ratioInterval(s, none[metric]);
        const label = `${site.label} ${metric} time, Guild panel ${c}`;
        rows.push(
          row(label, s, 'ms', {
            detail:
              median(none[metric]) === 0
                ? `+${added.toFixed(2)} ms (the page alone runs no script)`
                : `${added >= 0 ? '+' : ''}${added.toFixed(2)} ms, ${ratio.toFixed(2)}× no extension (95% interval ${lo.toFixed(2)}–${hi.toFixed(2)})`,
          }),
        );
        if (c === 'closed') {
          rows.push({
            name: `${site.label} ${metric} time ratio, panel closed / no extension`,
            n: s.length,
            median: ratio,
            unit: '×',
            goal: '≤ 1.02×',
            pass: ratio <= 1.02,
            detail: `95% interval ${lo.toFixed(2)}–${hi.toFixed(2)}`,
            ifMissed: `95% interval ${lo.toFixed(2)}–${hi.toFixed(2)} ${lo <= 1 && hi >= 1 ? 'contains' : 'excludes'} 1, over ${s.length} samples`,
          });
        }
      }
    }
  }
  return {
    title: '1. Cost to the page',
    method:
      `Each sample is a fresh tab loading the fixture profile (served over HTTPS on loopback), its CDP \`Performance.getMetrics\` read ${SETTLE_MS} ms after \`load\`: ScriptDuration (JavaScript) and TaskDuration (all main-thread work) of that page, in thread time (\`timeDomain: 'threadTicks'\`: CPU time of the page's main thread, so time the thread spent preempted by other processes is not counted). ` +
      'Three conditions in the same run, interleaved and rotated within each repetition after a warm-up round: a second Chromium with no extension (same harness, `extensionDir: null`); Guild installed, panel closed; Guild with the panel page pinned to the tab (`sidepanel.html?tab=<id>`), which runs the reader in the page once. ' +
      'Ratio = median(Guild) / median(no extension), with a 95% bootstrap interval.',
    rows,
  };
}
