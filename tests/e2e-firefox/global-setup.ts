import { execFileSync } from 'node:child_process';
import { E2E_OUT_DIR, firefoxPath, ROOT } from '../harness/paths';

/**
 * Build Guild for Firefox twice before the suite — the production build the
 * journeys install, and the `--mode test` build that exposes the routine's
 * handlers with an injected clock — and fail with install instructions
 * (never skip) when Firefox is missing.
 */
export default function setup(): void {
  firefoxPath();
  if (process.env.GUILD_E2E_SKIP_BUILD === '1') return;
  for (const mode of ['production', 'test']) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', mode], {
      cwd: ROOT,
      // Vitest sets NODE_ENV=test, which would ship React's development build.
      env: { ...process.env, NODE_ENV: 'production', GUILD_OUT_DIR: E2E_OUT_DIR },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}
