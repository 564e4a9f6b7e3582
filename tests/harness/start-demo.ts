// The demo half of `npm start` (run by tests/harness/start.mjs through
// vite-node, after the build): Guild in a shown Chromium on the demo pages
// and address book, until the browser is closed or Ctrl+C.
import path from 'node:path';
import { startDemo } from './demo';
import { ROOT } from './paths';

const extensionDir = process.env.GUILD_DEMO_EXTENSION_DIR ?? path.join(ROOT, '.output', 'chrome-mv3');
// GUILD_DEMO_HEADLESS=1: the same demo without a window (to check the command on a machine without a display).
const demo = await startDemo({ extensionDir, headless: process.env.GUILD_DEMO_HEADLESS === '1' });
console.log(
  [
    'Guild demo: Chromium is open with Guild loaded, the dashboard on a demo address book and a start page.',
    `The demo pages (www.linkedin.com and x.com) are served from this repository on 127.0.0.1:${demo.guild.server.port};`,
    'every other site is blocked in this browser. Open the side panel with Alt+Shift+G.',
    'Close the browser (or press Ctrl+C here) to end the demo; `npm start -- --real` opens the real sites.',
  ].join('\n'),
);

let closing = false;
async function end(code: number) {
  if (closing) return;
  closing = true;
  await demo.guild.close();
  process.exit(code);
}
demo.guild.context.on('close', () => void end(0));
process.on('SIGINT', () => void end(0));
process.on('SIGTERM', () => void end(0));
