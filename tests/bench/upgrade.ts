import type { GuildBrowser } from '../harness/guild';
import { openBenchPage } from './bench-page';
import type { Section } from './report';

/** Guild's version 1 as IndexedDB numbers it (Dexie multiplies by 10). */
const V1 = 10;

/** Installed before the dashboard's scripts: when the app appears, and whether any progress is ever shown. */
function watchUpgrade() {
  const w = window as unknown as {
    __upgrade: {
      appAt?: number;
      progressAt?: number;
      progressText?: string;
      /** This page's own upgrades of 'guild' (IndexedDB's upgradeneeded), if it ran one. */
      upgrades: { from: number; to: number | null }[];
    };
  };
  w.__upgrade = { upgrades: [] };
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    const request = open.call(this, name, version);
    if (name === 'guild') {
      request.addEventListener('upgradeneeded', (e) =>
        w.__upgrade.upgrades.push({ from: e.oldVersion, to: e.newVersion }),
      );
    }
    return request;
  };
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
  // A complete version-1 database that nobody is waiting to upgrade, else seeded again: no other
  // Guild page may hold the database (the welcome tab opened at install, earlier figures' pages),
  // since a page's Dexie reopens it at the current version as soon as it reads again.
  const origin = `chrome-extension://${guild.extensionId}/`;
  const tries: string[] = [];
  let seeded: { version: number; count: number; asked: number[] } | undefined;
  let atOpen: { version: number; count: number } | undefined;
  for (let attempt = 1; attempt <= 5 && !atOpen; attempt += 1) {
    for (const open of guild.context.pages()) if (open.url().startsWith(origin)) await open.close();
    const bench = await openBenchPage(guild, code);
    seeded = await bench.call<{ version: number; count: number; asked: number[] }>(
      'guildBenchMore',
      'seedV1',
      'guild',
      n,
    );
    // Read again from another connection, just before the dashboard opens.
    const read = await bench.call<{ version: number; count: number }>(
      'guildBenchMore',
      'countOf',
      'guild',
      'contacts',
    );
    await bench.page.close();
    if (read.version === V1 && read.count === n && seeded.version === V1 && seeded.count === n) atOpen = read;
    else
      tries.push(
        `attempt ${attempt}: seeded version ${seeded.version}, ${seeded.count} records; others asked for ${seeded.asked.join(', ') || 'nothing'}; then version ${read.version}, ${read.count} records`,
      );
  }
  if (!seeded || !atOpen)
    throw new Error(`upgrade: no complete version-1 database to open\n${tries.join('\n')}`);
  const before = atOpen.count;

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
      (
        window as unknown as {
          __upgrade: {
            appAt: number;
            progressAt?: number;
            progressText?: string;
            upgrades: { from: number; to: number | null }[];
          };
        }
      ).__upgrade,
  );
  await page.close();

  const check = await openBenchPage(guild, code);
  const after = await check.call<{ version: number; count: number; migrated: number }>(
    'guildBenchMore',
    'checkUpgraded',
    'guild',
  );
  await check.page.close();
  const ran = seen.upgrades.find((u) => u.from === atOpen.version);
  const upgradedBy = ran
    ? `the dashboard (its own upgradeneeded, IndexedDB ${ran.from} → ${ran.to})`
    : `not the dashboard (it ran ${seen.upgrades.length ? seen.upgrades.map((u) => `${u.from} → ${u.to}`).join(', ') : 'no upgrade'}): another Guild context upgraded first`;
  const kept =
    atOpen.version === seeded.version &&
    atOpen.count === before &&
    after.count === before &&
    after.migrated === before;
  const progressShown = seen.progressAt !== undefined;
  return {
    title: '8. Schema upgrade, version 1 → current, 100,000 contacts',
    method:
      `A version-1 database (\`lib/db/versions.ts\`'s first entry: Dexie with only that version declared creates the stores, then all ${n.toLocaleString('en-US')} contacts go in one IndexedDB transaction while that connection refuses \`versionchange\`, so no other Guild context can upgrade it mid-seed; version and count checked before it closes, and read again from another connection just before the dashboard opens: IndexedDB version ${atOpen.version}, ${atOpen.count.toLocaleString('en-US')} records; ${tries.length + 1} seeding attempt(s)${tries.length ? `, the others upgraded by another Guild context before the dashboard opened: ${tries.join('; ')}` : ''}). No other Guild page is open. ` +
      'Then `options.html` is opened: its `DatabaseGate` opens the database and Dexie runs the steps from version 1 (`upgradeTo2` in pages of 500, …). Which context ran the upgrade is read from the page’s own `upgradeneeded` event. ' +
      'In real life, after an update Chrome restarts Guild’s service worker, which opens the database at its start (`registerSync` → `ensureSyncAlarm` reads the sync state), so the upgrade usually runs there, with no page to show progress; a dashboard opened meanwhile waits on its own open. This figure is the same upgrade run by the dashboard, the path where progress can be shown. ' +
      'Time from navigation to the dashboard on screen (a MutationObserver installed before the page\'s scripts); progress = a `<progress>` or `role="progressbar"`, or text with a number, seen before the dashboard; records counted with raw IndexedDB before and after, each checked to have its `profileKeys` and `circle`. One run (it is long).',
    rows: [
      {
        name: 'upgrade 100k: navigation → dashboard shown',
        n: 1,
        median: seen.appAt,
        unit: 'ms',
        detail: `IndexedDB version ${atOpen.version} → ${after.version}, upgraded by ${upgradedBy}`,
      },
      {
        name: 'upgrade 100k: records before = after',
        n: 1,
        median: after.count,
        unit: 'records',
        goal: `= ${before.toLocaleString('en-US')}, all migrated`,
        pass: kept,
        detail: `before ${atOpen.count}, after ${after.count}, migrated ${after.migrated}`,
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
