// `npm run bench`: build Guild into its own folder, then run every benchmark
// (tests/bench/main.ts, TypeScript, through vite-node) against that build in
// Debian's Chromium. Rewrites BENCHMARKS.md. Takes a few minutes.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Relative for wxt and bundle-budget.mjs (which joins it to the root), absolute for the harness.
const env = {
  ...process.env,
  GUILD_OUT_DIR: '.output-bench',
  GUILD_E2E_OUT_DIR: path.join(root, '.output-bench'),
};
const run = (args) => execFileSync('npx', args, { cwd: root, env, stdio: 'inherit' });

// NODE_ENV=production: React's production build, whatever the calling shell or runner set.
if (process.env.GUILD_E2E_SKIP_BUILD !== '1') {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}
run(['vite-node', 'tests/bench/main.ts']);
