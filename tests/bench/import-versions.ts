/**
 * The import figure alone, with and without one database version (what that
 * version's indexes cost the import):
 * `npx vite-node tests/bench/import-versions.ts [version] [rows] [rounds]`
 * (defaults: the latest version, 10000 rows, 5 rounds). Same page, in-page
 * code and machine as `npm run bench`'s figure 4 (db.ts: parse + import of a
 * synthetic Connections.csv into an empty database). The two databases
 * alternate, so the shared machine's load falls on both. Needs the extension
 * built where the e2e suite puts it (tests/e2e/global-setup.ts).
 */
import { LATEST_VERSION } from '../../lib/db/versions';
import { launchGuild } from '../harness/guild';
import { openBenchPage } from './bench-page';
import { bundle } from './bundle';
import { median } from './stats';

const [version = LATEST_VERSION, rows = 10_000, rounds = 5] = process.argv.slice(2).map(Number);
const code = await bundle('tests/bench/in-page/entry.ts');
const guild = await launchGuild();
try {
  const bench = await openBenchPage(guild, code);
  const runs = { without: [] as Record<string, number>[], with: [] as Record<string, number>[] };
  // Round -1 warms up (JIT, IndexedDB's first files) and is not counted.
  for (let round = -1; round < rounds; round += 1) {
    for (const which of round % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
      const { result } = await bench.call<{ result: Record<string, number> }>(
        'guildBenchMore',
        'importWatched',
        rows,
        which === 'with' ? undefined : version,
      );
      if (round < 0) continue;
      runs[which].push(result);
      console.log(
        `${which} v${version}: parse ${result.parseMs!.toFixed(0)} ms, import ${result.importMs!.toFixed(0)} ms`,
      );
    }
  }
  for (const which of ['without', 'with'] as const) {
    const r = runs[which];
    const total = median(r.map((x) => x.parseMs! + x.importMs!));
    const imp = median(r.map((x) => x.importMs!));
    console.log(
      `${which} version ${version}: ${rows} rows, median of ${rounds}: parse + import ${total.toFixed(0)} ms (import alone ${imp.toFixed(0)} ms)`,
    );
  }
} finally {
  await guild.close();
}
