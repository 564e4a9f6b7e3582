import { execFileSync } from 'node:child_process';
import { chromiumPath, E2E_OUT_DIR, ROOT } from '../harness/paths';

/**
 * Build the Chrome extension once into its own folder before the suite, and
 * fail with instructions (never skip) when Chromium is missing.
 */
export default function setup(): void {
  chromiumPath();
  if (process.env.GUILD_E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test, which would ship React's development build:
    // the suite tests what users get.
    env: { ...process.env, NODE_ENV: 'production', GUILD_OUT_DIR: E2E_OUT_DIR },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
