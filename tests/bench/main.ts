/**
 * `npm run bench` (through run.mjs, which builds first): every figure of
 * issue 10 in real Chromium, written to BENCHMARKS.md. BENCH_QUICK=1 runs
 * a tenth of the sizes and repetitions, to try the benchmark out; its numbers
 * are not written to BENCHMARKS.md. BENCH_ONLY=upgrade, archive, panel or restore runs figure 8, 9, 7
 * or 4's backup and restore alone (printed, not written).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchGuild, type GuildBrowser } from '../harness/guild';
import { EXTENSION_DIR } from '../harness/paths';
import { ROOT } from '../harness/paths';
import { archiveImport } from './archive';
import { bundle } from './bundle';
import { writeEmptyReactPage } from './empty-react/build';
import { dashboard } from './dashboard';
import { database, restoreAlone } from './db';
import { pageCost } from './page-cost';
import { panelFirstPaint, panelLatency } from './panel';
import { load, machine, render, source, type Section } from './report';
import { bundleSizes } from './sizes';
import { syncBench } from './sync';
import { upgrade } from './upgrade';

const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY;
const big = quick ? 10_000 : 100_000;
const startedAt = new Date();
const built = source();
const loadBefore = load();
const step = (name: string) =>
  console.log(`[bench ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s] ${name}`);

step('bundling the in-page benchmark and the empty React page');
const code = await bundle('tests/bench/in-page/entry.ts');
await writeEmptyReactPage(EXTENSION_DIR);
const guild = await launchGuild();
let bare: GuildBrowser | undefined;
const sections: Section[] = [];
const panelSection = (rows: Section['rows']): Section => ({
  title: '7. Panel first paint',
  method:
    '`sidepanel.html?tab=<id>` opened in a fresh page (400×720, the side panel’s size) for a tab already showing the page; time from navigation start to the frame after `#person-name` (or the not-a-profile heading) first has text, recorded by a MutationObserver installed before the page’s scripts. One warm-up opening dropped per page; for a saved person, each panel is closed only once its give-first card has rendered, so that an opening never waits behind the previous panel’s work. 100,000 contacts in the database. ' +
    'Baseline: an empty React page (production React, `createRoot` rendering one heading with the same id; `tests/bench/empty-react/`) written into the benchmark’s build beside `sidepanel.html` and opened the same way, to the same tab, just before each panel opening; the ratio divides each opening by the empty page’s just before it.',
  rows,
});
/** Figure 9 in a browser of its own: the import writes into Guild's database, which must start empty (a new user). */
async function archiveSection(): Promise<Section> {
  const newUser = await launchGuild();
  try {
    return await archiveImport(newUser, code, {
      connections: quick ? 3_000 : 30_000,
      messages: quick ? 20_000 : 200_000,
      people: quick ? 400 : 4_000,
    });
  } finally {
    await newUser.close();
  }
}
try {
  // One figure alone, printed and not written to BENCHMARKS.md.
  const alone: Record<string, [string, () => Promise<Section>]> = {
    upgrade: [`8. upgrade of a v1 database of ${big} contacts`, () => upgrade(guild, code, big)],
    archive: ['9. LinkedIn archive import', () => archiveSection()],
    // The panel opens over Guild's database of `big` contacts, which the upgrade figure fills.
    panel: [
      '7. panel first paint (after 8, which fills the database)',
      async () => {
        await upgrade(guild, code, big);
        return panelSection((await panelFirstPaint(guild, quick ? 3 : 8)).rows);
      },
    ],
    restore: [`4. backup and restore of ${big} contacts`, () => restoreAlone(guild, code, big)],
  };
  if (only) {
    const [title, run] = alone[only] ?? [];
    if (!run) throw new Error(`BENCH_ONLY is one of ${Object.keys(alone).join(', ')}`);
    step(`${title} (BENCH_ONLY=${only})`);
    const section = await run();
    console.log(
      render([section], {
        machine: machine(guild.context.browser()?.version() ?? '156'),
        startedAt,
        seconds: (Date.now() - startedAt.getTime()) / 1000,
        loadBefore,
        loadAfter: load(),
        source: built,
      }),
    );
    await guild.close();
    process.exit(0);
  }
  // Page cost first, on an empty address book: Guild runs nothing in the page whatever its size.
  step('1. cost to the page');
  bare = await launchGuild({ extensionDir: null });
  const cost = await pageCost(guild, bare, quick ? 4 : 20);
  await bare.close();
  bare = undefined;

  step(`8. upgrade of a v1 database of ${big} contacts`);
  const upgraded = await upgrade(guild, code, big);

  step('6, 3. dashboard over Guild’s database');
  const board = await dashboard(guild, quick ? 1 : 3);

  step('7, 6. panel first paint and heap');
  const first = await panelFirstPaint(guild, quick ? 3 : 8);
  step('2. panel latency after in-app navigation');
  const latency = await panelLatency(guild, quick ? 3 : 8);

  step('3, 4, 5. database, import, backup, give-first');
  const [db, io, gf] = await database(
    guild,
    code,
    { small: 10_000, big, importRows: quick ? 2_000 : 10_000, resources: quick ? 1_000 : 10_000 },
    (name) => step(`   ${name}`),
  );

  step('9. LinkedIn archive import');
  const archived = await archiveSection();

  step('10. sync: first sync and save → shown, two browsers and a CouchDB peer');
  const synced = await syncBench(code, { contacts: quick ? 3_000 : 30_000, samples: quick ? 2 : 5 }, (name) =>
    step(name),
  );

  sections.push(
    cost,
    {
      title: '2. Panel latency after in-app navigation',
      method:
        "The in-app navigation fixtures of `tests/e2e/reader.e2e.ts` and `tests/e2e/gate.e2e.ts` (`#next` calls pushState to the second person at once; the page shows them 700 ms (LinkedIn, top card with self-links) / 450 ms (LinkedIn, a page that names nobody: the identity gate compares with whom the tab showed) / 500 ms (X) later, as the real sites lag). The panel page is pinned to the tab; the site page records pushState and the moment its heading shows the second person (MutationObserver), the panel records when `#person-name` does, and the service worker runs the same `reader.js` at the click and records when it returns (the reader's share of the delay). Times are `performance.timeOrigin + performance.now()` in each context (one machine clock). The tab goes back to the first person with a full load between samples; one warm-up sample dropped. Guild's database holds the 100,000 upgraded contacts; Bo is one of them.",
      rows: latency,
    },
    { ...db!, rows: [...db!.rows, ...board.rows] },
    io!,
    gf!,
    {
      title: '6. Memory',
      method:
        "JS heap used (CDP `Performance.getMetrics` JSHeapUsedSize after `HeapProfiler.collectGarbage`) of the side panel page showing a saved LinkedIn contact (at first paint, and once its give-first card has rendered), and of the dashboard's contact list fully loaded, with 100,000 contacts in Guild's database. Extension pages share one renderer: each was measured with no other extension page open.",
      rows: [
        {
          name: `side panel heap at first paint, ${big.toLocaleString('en-US')} contacts`,
          n: 1,
          median: first.heap.shown,
          unit: 'MB',
        },
        {
          name: `side panel heap, card complete, ${big.toLocaleString('en-US')} contacts`,
          n: 1,
          median: first.heap.settled,
          unit: 'MB',
          detail: first.heap.settledDetail,
        },
        {
          name: `dashboard contact list heap, ${big.toLocaleString('en-US')} contacts`,
          n: 1,
          median: board.heap,
          unit: 'MB',
        },
      ],
    },
    panelSection(first.rows),
    upgraded,
    archived,
    synced,
    await bundleSizes(),
  );
} finally {
  await bare?.close();
  await guild.close();
}

const seconds = (Date.now() - startedAt.getTime()) / 1000;
const text = render(sections, {
  machine: machine(guild.context.browser()?.version() ?? '156'),
  startedAt,
  seconds,
  loadBefore,
  loadAfter: load(),
  source: built,
});
if (quick) console.log(text);
else writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), text);
step(quick ? 'done (quick run, BENCHMARKS.md not written)' : 'done, BENCHMARKS.md written');
