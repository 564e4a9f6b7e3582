import type { GuildBrowser } from '../harness/guild';
import { openBenchPage } from './bench-page';
import type { Section } from './report';

/** Installed before the dashboard's scripts: when the app appears, and whether any progress is ever shown. */
function watchUpgrade() {
  const w = window as unknown as {
    __upgrade: { appAt?: number; progressAt?: number; progressText?: string };
  };
  w.__upgrade = {};
  new MutationObserver(() => {
    // A progress bar, or before the app shows, any text with a number in it ("5,000 of 100,000").
    const bar = document.querySelector('progress, [role="progressbar"]');
    const text = document.getElementById('root')?.textContent ?? '';
    const counting = w.__upgrade.appAt === undefined && /\d/.test(text);
    if ((bar || counting) && w.__upgrade.progressAt === undefined) {
      w.__upgrade.progressAt = performance.now();
      w.__upgrade.progressText = bar ? ((bar.closest('section, div') ?? bar).textContent ?? '') : text;
    }
    if (document.querySelector('nav') && w.__upgrade.appAt === undefined)
      w.__upgrade.appAt = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Figure 8: a version-1 database of `n` contacts in Guild's origin, then the
 * dashboard opened as a user would after updating Guild: its DatabaseGate
 * upgrades the database. Time from navigation to the app on screen; whether a
 * progress indicator appeared; records counted before and after.
 */
export async function upgrade(guild: GuildBrowser, code: string, n: number): Promise<Section> {
  const bench = await openBenchPage(guild, code);
  const before = await bench.call<number>('guildBenchMore', 'seedV1', 'guild', n);
  const seeded = await bench.call<{ version: number; count: number }>(
    'guildBenchMore',
    'countOf',
    'guild',
    'contacts',
  );
  await bench.page.close();

  const page = await guild.context.newPage();
  await page.addInitScript(watchUpgrade);
  await page.goto(`chrome-extension://${guild.extensionId}/options.html#/settings`);
  await page.waitForFunction(
    () => (window as unknown as { __upgrade: { appAt?: number } }).__upgrade.appAt !== undefined,
    undefined,
    { timeout: 480_000, polling: 200 },
  );
  const seen = await page.evaluate(
    () =>
      (window as unknown as { __upgrade: { appAt: number; progressAt?: number; progressText?: string } })
        .__upgrade,
  );
  await page.close();

  const check = await openBenchPage(guild, code);
  const after = await check.call<{ version: number; count: number; migrated: number }>(
    'guildBenchMore',
    'checkUpgraded',
    'guild',
  );
  await check.page.close();
  const kept = after.count === before && after.migrated === before;
  const progressShown = seen.progressAt !== undefined;
  return {
    title: '8. Schema upgrade, version 1 → current, 100,000 contacts',
    method:
      `A version-1 database (\`lib/db/versions.ts\`'s first entry, written through Dexie with only that version declared) of ${n.toLocaleString('en-US')} contacts in the extension's origin, IndexedDB version ${seeded.version}. ` +
      'Then `options.html` is opened as after an update: its `DatabaseGate` opens the database and Dexie runs `upgradeTo2` (pages of 500). ' +
      'Time from navigation to the dashboard on screen (a MutationObserver installed before the page\'s scripts); progress = a `<progress>` or `role="progressbar"`, or text with a number, seen before the dashboard; records counted with raw IndexedDB before and after, each checked to have its `profileKeys` and `circle`. One run (it is long).',
    rows: [
      {
        name: 'upgrade 100k: navigation → dashboard shown',
        n: 1,
        median: seen.appAt,
        unit: 'ms',
        detail: `IndexedDB version ${seeded.version} → ${after.version}`,
      },
      {
        name: 'upgrade 100k: records before = after',
        n: 1,
        median: after.count,
        unit: 'records',
        goal: `= ${before.toLocaleString('en-US')}, all migrated`,
        pass: kept,
        detail: `before ${seeded.count}, after ${after.count}, migrated ${after.migrated}`,
        ifMissed: `${after.count} records after of ${before} before, ${after.migrated} migrated`,
      },
      {
        name: 'upgrade 100k: progress shown',
        n: 1,
        median: progressShown ? 1 : 0,
        unit: progressShown ? '(yes)' : '(no)',
        goal: 'shown',
        pass: progressShown,
        detail: progressShown
          ? `after ${Math.round(seen.progressAt!)} ms: “${seen.progressText?.slice(0, 80)}”`
          : 'blank page until done',
        ifMissed: `no progress seen in the ${Math.round(seen.appAt)} ms from navigation to the dashboard`,
      },
    ],
  };
}
