// `npm start`: build Guild for Chrome and open a browser with it loaded, on a
// profile kept in .output/browser-profile so saved contacts survive restarts.
// Uses Chromium or Chrome from the machine (CHROMIUM_PATH overrides); nothing
// is downloaded.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
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

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
const extension = path.join(root, '.output', 'chrome-mv3');
const profile = path.join(root, '.output', 'browser-profile');
mkdirSync(profile, { recursive: true });

const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  'https://www.linkedin.com/feed/',
];
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display found: run `npm start` from a desktop session (or use `npm test` here).');
  process.exit(1);
}
console.log(`Opening ${browser} with Guild loaded from ${extension}`);
spawn(browser, args, { stdio: 'ignore', detached: true }).unref();
