import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The end-to-end suite builds into its own folder (GUILD_E2E_OUT_DIR overrides, for parallel runs), so a dev build is never overwritten. */
export const E2E_OUT_DIR = process.env.GUILD_E2E_OUT_DIR ?? path.join(ROOT, '.output-e2e');
export const EXTENSION_DIR = path.join(E2E_OUT_DIR, 'chrome-mv3');
export const FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures');

/** Debian's Chromium; CHROMIUM_PATH overrides. No test ever downloads a browser. */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium was not found at ${candidate}. The end-to-end tests drive a real Chromium:\n` +
        '  on Debian or Ubuntu: sudo apt-get install -y chromium\n' +
        '  elsewhere: set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return candidate;
}

/** The Firefox builds the Firefox end-to-end suite installs: production, and `--mode test` (routine hook, no CSP). */
export const FIREFOX_EXTENSION_DIR = path.join(E2E_OUT_DIR, 'firefox-mv3');
export const FIREFOX_TEST_BUILD_DIR = path.join(E2E_OUT_DIR, 'firefox-mv3-test');

/** Debian's Firefox ESR (or a `firefox` in /usr/bin); FIREFOX_PATH overrides. No test ever downloads a browser. */
export function firefoxPath(): string {
  const candidates = process.env.FIREFOX_PATH
    ? [process.env.FIREFOX_PATH]
    : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      `Firefox was not found at ${candidates.join(' or ')}. The Firefox end-to-end tests drive a real Firefox:\n` +
        '  on Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
        '  elsewhere: set FIREFOX_PATH to a Firefox binary (version 148 or later).',
    );
  }
  return found;
}
