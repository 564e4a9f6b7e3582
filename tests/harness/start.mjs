// `npm start`: build Guild for Chrome, then open a browser with it loaded.
//
// - `npm start` (the demo): Chromium on demo pages served from this
//   repository on loopback as www.linkedin.com and x.com (a banner on each
//   says so), with a small demo address book restored through the
//   dashboard, on a throwaway browser profile (tests/harness/start-demo.ts).
// - `npm start -- --real`: the real LinkedIn and X, on a browser profile kept
//   in .output/browser-profile so saved contacts survive restarts.
//
// Uses Chromium or Chrome from the machine (CHROMIUM_PATH overrides); nothing
// is downloaded.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const real = process.argv.slice(2).includes('--real');
const unknown = process.argv.slice(2).filter((a) => a !== '--real');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: npm start [-- --real]`);
  process.exit(2);
}
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);
const browser = candidates.find((c) => existsSync(c));
if (!browser) {
  console.error(
    'No Chromium or Chrome found. On Debian/Ubuntu: sudo apt-get install -y chromium (or set CHROMIUM_PATH).',
  );
  process.exit(1);
}
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display found: run `npm start` from a desktop session (or use `npm test` here).');
  process.exit(1);
}

// NODE_ENV=production: React's production build, whatever the calling shell set.
execFileSync('npx', ['wxt', 'build'], {
  cwd: root,
  env: { ...process.env, NODE_ENV: 'production' },
  stdio: 'inherit',
});
const extension = path.join(root, '.output', 'chrome-mv3');

if (real) {
  const profile = path.join(root, '.output', 'browser-profile');
  mkdirSync(profile, { recursive: true });
  const args = [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    'https://www.linkedin.com/feed/',
  ];
  console.log(`Opening ${browser} with Guild loaded from ${extension}, on the real LinkedIn`);
  spawn(browser, args, { stdio: 'ignore', detached: true }).unref();
} else {
  execFileSync('npx', ['vite-node', 'tests/harness/start-demo.ts'], {
    cwd: root,
    env: { ...process.env, CHROMIUM_PATH: browser, GUILD_DEMO_EXTENSION_DIR: extension },
    stdio: 'inherit',
  });
}
