/**
 * Database benchmark in real Chromium (not fake-indexeddb): import of 10,000
 * LinkedIn rows, profile-key look-up among 100,000 contacts, backup and
 * restore of 100,000 contacts.
 *
 *   GUILD_E2E_OUT_DIR=$PWD/.output-bench npx vite-node tests/bench/db.bench.ts
 *
 * Method: `db-bench-page.ts` (Guild's own lib/db and lib/io code) is bundled
 * with Vite and evaluated in the built extension's dashboard page through the
 * DevTools protocol, so it runs in the extension origin against Chromium's
 * IndexedDB, timed with `performance.now()` inside the page. Nothing is added
 * to the shipped extension. Set `GUILD_E2E_SKIP_BUILD=1` to reuse a build.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'vite';
import { launchGuild } from '../harness/guild';
import { E2E_OUT_DIR, ROOT } from '../harness/paths';

const IMPORT_ROWS = Number(process.env.IMPORT_ROWS ?? 10_000);
const CONTACTS = Number(process.env.CONTACTS ?? 100_000);
const LOOKUPS = Number(process.env.LOOKUPS ?? 500);

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: path.join(ROOT, 'tests/bench/db-bench-page.ts'),
        formats: ['iife'],
        name: 'GuildBenchBundle',
      },
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if ('output' in output) {
      const chunk = output.output.find((o) => o.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('no bundle produced');
}

const round = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(1)) : value;
const rounded = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)]));

if (process.env.GUILD_E2E_SKIP_BUILD !== '1') {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, GUILD_OUT_DIR: E2E_OUT_DIR },
    stdio: 'inherit',
  });
}
const code = await bundle();
const guild = await launchGuild();
try {
  const page = await guild.openDashboard();
  page.setDefaultTimeout(600_000);
  await page.evaluate(code);
  const browserVersion = guild.context.browser()?.version() ?? 'Chromium';
  console.log(
    `Guild database benchmark — Chromium ${browserVersion}, extension page, ${new Date().toISOString()}`,
  );
  const imported = await page.evaluate(
    (n) =>
      (
        globalThis as never as { guildBench: { importBench(n: number): Promise<object> } }
      ).guildBench.importBench(n),
    IMPORT_ROWS,
  );
  console.log('import', rounded(imported));
  const lookup = await page.evaluate(
    ([n, s]) =>
      (
        globalThis as never as { guildBench: { lookupBench(n: number, s: number): Promise<object> } }
      ).guildBench.lookupBench(n, s),
    [CONTACTS, LOOKUPS] as const,
  );
  console.log('lookup', rounded(lookup));
  const backup = await page.evaluate(() =>
    (globalThis as never as { guildBench: { backupBench(): Promise<object> } }).guildBench.backupBench(),
  );
  console.log('backup', rounded(backup));
} finally {
  await guild.close();
}
