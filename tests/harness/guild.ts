import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR } from './paths';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface GuildBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: FixtureServer;
  /** Open a fixture URL (https://www.linkedin.com/…, https://x.com/…) in a new tab. */
  openSite(url: string): Promise<SitePage>;
  /** Open the side panel page pinned to a site tab, as the real panel would show it. */
  openPanel(site: SitePage): Promise<PanelPage>;
  /** Open the options dashboard. */
  openDashboard(): Promise<Page>;
  /** Evaluate a self-contained function in the service worker. */
  inBackground<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

export interface SitePage {
  page: Page;
  tabId: number;
}

export interface PanelPage {
  page: Page;
}

export interface LaunchOptions {
  extensionDir?: string | null;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Show the browser window (`npm start`); tests run headless. */
  headless?: boolean;
  /** Serve the demo pages (with their banner) and block every other host (`npm start`). */
  demo?: boolean;
}

/**
 * Launch Debian's Chromium (new headless) with the built extension loaded and
 * the fixture hosts pointed at a loopback HTTPS server.
 */
export async function launchGuild(options: LaunchOptions = {}): Promise<GuildBrowser> {
  const extensionDir = options.extensionDir === undefined ? EXTENSION_DIR : options.extensionDir;
  const headless = options.headless ?? true;
  const server = await startFixtureServer({ demo: options.demo });
  const profileDir = mkdtempSync(path.join(tmpdir(), 'guild-profile-'));
  const hostRules = ['www.linkedin.com', 'x.com', 'twitter.com']
    .map((host) => `MAP ${host} 127.0.0.1:${server.port}`)
    // The demo's pages name real image hosts (media.licdn.com, pbs.twimg.com): nothing else is reached.
    .concat(options.demo ? ['MAP * ~NOTFOUND'] : [])
    .join(', ');
  // Shown, the browser warns about --no-sandbox and --ignore-certificate-errors
  // on every window: the demo keeps the sandbox (unless run as root, where
  // Chromium refuses it) and accepts the throwaway certificate through the
  // context's ignoreHTTPSErrors instead.
  const asRoot = process.getuid?.() === 0;
  const args = [
    ...(headless || asRoot ? ['--no-sandbox'] : []),
    ...(headless ? ['--disable-gpu'] : []),
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--host-resolver-rules=${hostRules}, EXCLUDE localhost`,
    ...(headless ? ['--ignore-certificate-errors'] : []),
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    ...(options.locale ? [`--lang=${options.locale}`] : []),
  ];
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless,
    ignoreHTTPSErrors: !headless,
    // Shown: no "controlled by automated test software" bar, the window's own size and the system's language and theme.
    ignoreDefaultArgs: ['--disable-extensions', ...(headless ? [] : ['--enable-automation'])],
    args,
    ...(headless
      ? {
          locale: options.locale ?? 'en-US',
          colorScheme: options.colorScheme ?? 'light',
          viewport: { width: 1100, height: 800 },
        }
      : { viewport: null, colorScheme: null }),
    env: { ...process.env, XDG_CONFIG_HOME: profileDir, XDG_CACHE_HOME: profileDir },
  });
  let worker: Worker | undefined;
  if (extensionDir) {
    worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  const extensionId = worker ? new URL(worker.url()).host : '';

  const guild: GuildBrowser = {
    context,
    extensionId,
    worker: worker as Worker,
    server,
    async openSite(url) {
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await guild.inBackground(async (href: string) => {
        const tabs = await chrome.tabs.query({});
        const tab = tabs.filter((t: chrome.tabs.Tab) => t.url === href || t.pendingUrl === href).pop();
        return tab?.id ?? -1;
      }, page.url());
      if (tabId < 0) throw new Error(`no tab found for ${page.url()}`);
      return { page, tabId };
    },
    async openPanel(site) {
      const page = await context.newPage();
      // The size of Chrome's side panel at its default width.
      await page.setViewportSize({ width: 400, height: 720 });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${site.tabId}`);
      return { page };
    },
    async openDashboard() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    inBackground<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
      return worker!.evaluate(fn as (arg: unknown) => T | Promise<T>, arg);
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return guild;
}
