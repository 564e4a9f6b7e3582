/**
 * Only issue 15's archive figure, printed (BENCHMARKS.md untouched):
 * `npx wxt build` into .output-bench first (or `npm run bench` for all), then
 * `GUILD_E2E_OUT_DIR=$PWD/.output-bench npx vite-node tests/bench/archive-main.ts`.
 */
import { launchGuild } from '../harness/guild';
import { archiveImport } from './archive';
import { bundle } from './bundle';
import { render, load, machine, source } from './report';

const startedAt = new Date();
const loadBefore = load();
const code = await bundle('tests/bench/in-page/entry.ts');
const guild = await launchGuild();
try {
  const section = await archiveImport(guild, code, { connections: 30_000, messages: 200_000, people: 4_000 });
  console.log(
    render([section], {
      machine: machine(guild.context.browser()?.version() ?? '156'),
      startedAt,
      seconds: (Date.now() - startedAt.getTime()) / 1000,
      loadBefore,
      loadAfter: load(),
      source: source(),
    }),
  );
} finally {
  await guild.close();
}
