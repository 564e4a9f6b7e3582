import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { startFirefoxProxy, type FirefoxProxy } from './firefox-proxy';
import { firefoxPath, FIREFOX_EXTENSION_DIR } from './paths';
import { eventually } from './eventually';
import { ChromeWindow } from './firefox-chrome';
import { watchExtensionRequests } from './firefox-network';

/** Guild's gecko id (wxt.config.ts) and the extension origin the tests pin it to. */
export const GECKO_ID = 'guild@guild-extension.org';
export const EXTENSION_UUID = '0f7c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
export const ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The WebExtension APIs as Firefox exposes them on `browser` (promises), plus its own. */
export type FirefoxApi = typeof chrome & {
  runtime: { getBackgroundPage(): Promise<Window & Record<string, unknown>> };
  sidebarAction: { isOpen(details: object): Promise<boolean>; close(): Promise<void> };
  extension: { getViews(filter: { type: 'sidebar' | 'tab' }): (Window & typeof globalThis)[] };
};

export interface FirefoxSite {
  page: Page;
  tabId: number;
}

export interface FirefoxLaunchOptions {
  /** The build to install (default: the production build of the global setup); null installs none. */
  extensionDir?: string | null;
  /** Extra Firefox prefs (e.g. `extensions.originControls.grantByDefault: false`). */
  prefs?: Record<string, unknown>;
  /** Firefox's UI and `navigator.language` (default en-US). */
  locale?: string;
}

export interface FirefoxGuild {
  browser: Browser;
  server: FixtureServer;
  proxy: FirefoxProxy;
  /** Requests from Guild's pages to anything but Guild, seen over WebDriver BiDi: must stay empty. */
  extensionRequests: string[];
  /** Where Firefox saves downloads. */
  downloadDir: string;
  /** browser.xhtml: the toolbar, the keyboard shortcuts, the sidebar. */
  chrome: ChromeWindow;
  openSite(url: string): Promise<FirefoxSite>;
  /** The panel page pinned to a site tab (`sidepanel.html?tab=<id>`), in a tab. */
  openPanel(site: FirefoxSite): Promise<Page>;
  openDashboard(hash?: string): Promise<Page>;
  /** Load an extension URL in a page (Firefox's remote agent never resolves those navigations). */
  gotoExtension(page: Page, pathAndHash: string): Promise<void>;
  /** Load an extension page again (a new document: what raw IndexedDB writes need to be seen). */
  reloadExtension(page: Page): Promise<void>;
  /** Run a self-contained function in an extension page, handed Firefox's `browser` object. */
  inExtension<T, A = null>(fn: (browser: FirefoxApi, arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Install another build in its place (same gecko id, same origin). */
  reinstall(extensionDir: string): Promise<void>;
  /** The open tab showing this URL (puppeteer's page.url() is stale for extension pages in Firefox). */
  pageAt(url: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launch Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with a
 * fresh profile, Guild installed as a temporary add-on at a fixed origin, and
 * every connection going through the logging proxy to the fixture server.
 * See /work/shared/FIREFOX.md for the quirks worked around here.
 */
export async function launchFirefoxGuild(options: FirefoxLaunchOptions = {}): Promise<FirefoxGuild> {
  const extensionDir = options.extensionDir === undefined ? FIREFOX_EXTENSION_DIR : options.extensionDir;
  const server = await startFixtureServer();
  const proxy = await startFirefoxProxy(server.port);
  const downloadDir = mkdtempSync(path.join(tmpdir(), 'guild-ff-downloads-'));
  const locale = options.locale ?? 'en-US';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    // Without it, Firefox 153 refuses to navigate a tab to moz-extension:// over BiDi.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Every connection through the proxy (no exceptions, not even loopback).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.share_proxy_settings': false,
      // Quieter: fewer of Firefox's own connections.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'dom.push.connection.enabled': false,
      'toolkit.telemetry.enabled': false,
      // A web page of the test may read the clipboard back without a paste prompt.
      'dom.events.testing.asyncClipboard': true,
      // Downloads (the backup) land in a known folder, without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.panel.shown': true,
      // Notifications stay listed by notifications.getAll() (headless has no system notifications).
      'alerts.useSystemBackend': false,
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      ...options.prefs,
    },
  });
  const chromeWindow = await ChromeWindow.attach(browser);
  const extensionRequests = watchExtensionRequests(browser, ORIGIN);

  if (extensionDir) await browser.installExtension(extensionDir);
  let probe: Page | undefined;

  async function gotoExtension(page: Page, pathAndHash: string) {
    const url = `${ORIGIN}/${pathAndHash.replace(/^\//, '')}`;
    // The navigation happens, but its promise never settles in Firefox 153: poll instead.
    await page.goto(url, { timeout: 1_000 }).catch(() => undefined);
    await eventually(
      async () => {
        const [href, state] = await page.evaluate(() => [location.href, document.readyState]);
        if (href !== url || state !== 'complete') throw new Error(`still loading ${url} (${href} ${state})`);
      },
      20_000,
      100,
    );
  }

  async function extensionPage(): Promise<Page> {
    if (!probe || probe.isClosed()) {
      probe = await browser.newPage();
      // The lightest extension page: the panel pinned to a tab that does not exist.
      await gotoExtension(probe, 'sidepanel.html?tab=999999');
    }
    return probe;
  }

  const guild: FirefoxGuild = {
    browser,
    server,
    proxy,
    extensionRequests,
    downloadDir,
    chrome: chromeWindow,
    async openSite(url) {
      const page = await browser.newPage();
      await page.goto(url);
      const href = page.url();
      const tabId = await eventually(async () => {
        const id = await guild.inExtension(async (b, wanted) => {
          const tabs = await b.tabs.query({});
          const byUrl = tabs.filter((t) => t.url === wanted).pop();
          // Without host access Firefox hides the site tab's URL: then it is the new, active, unreadable tab.
          const hidden = tabs.find((t) => t.active && t.url === undefined);
          return (byUrl ?? hidden)?.id ?? -1;
        }, href);
        if (id < 0) throw new Error(`no tab found for ${href}`);
        return id;
      });
      return { page, tabId };
    },
    async openPanel(site) {
      const page = await browser.newPage();
      // The width of Firefox's sidebar, about.
      await page.setViewport({ width: 400, height: 720 });
      await gotoExtension(page, `sidepanel.html?tab=${site.tabId}`);
      return page;
    },
    async openDashboard(hash = '') {
      const page = await browser.newPage();
      await gotoExtension(page, `options.html${hash}`);
      return page;
    },
    gotoExtension,
    async reloadExtension(page) {
      await page.evaluate(() => {
        (window as unknown as { guildOld?: boolean }).guildOld = true;
        location.reload();
      });
      await eventually(
        async () => {
          const fresh = await page.evaluate(
            () =>
              !(window as unknown as { guildOld?: boolean }).guildOld && document.readyState === 'complete',
          );
          if (!fresh) throw new Error('still the old document');
        },
        20_000,
        100,
      );
    },
    async inExtension<T, A>(fn: (browser: FirefoxApi, arg: A) => T | Promise<T>, arg?: A): Promise<T> {
      const page = await extensionPage();
      // A string expression: evaluated by BiDi, so the page's CSP (no eval) does not apply.
      return page.evaluate(`(${fn.toString()})(browser, ${JSON.stringify(arg ?? null)})`) as Promise<T>;
    },
    async pageAt(url) {
      return eventually(async () => {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href === url) return page;
        }
        throw new Error(`no tab at ${url}`);
      });
    },
    async reinstall(dir) {
      if (probe && !probe.isClosed()) await probe.close();
      probe = undefined;
      await browser.uninstallExtension(GECKO_ID);
      // Uninstalling forgets the add-on's UUID: pin the same origin again.
      await chromeWindow.setPref(
        'extensions.webextensions.uuids',
        JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      );
      await browser.installExtension(dir);
      await extensionPage();
    },
    async close() {
      // Firefox sometimes hangs at shutdown on a loaded machine (an extension page's pagehide
      // listener, see FIREFOX.md): give it 20 s, then end the process this harness started.
      const closed = browser.close().then(
        () => true,
        () => false,
      );
      const inTime = await Promise.race([
        closed,
        new Promise<false>((r) => setTimeout(() => r(false), 20_000)),
      ]);
      if (!inTime) browser.process()?.kill('SIGKILL');
      // A tunnel the proxy still holds can keep its close waiting: never longer than 10 s each
      // (a fresh-clone CI run's afterAll hung past its 120 s on one of these).
      const bounded = (closing: Promise<void>) =>
        Promise.race([closing, new Promise<void>((r) => setTimeout(r, 10_000).unref())]);
      await bounded(server.close());
      await bounded(proxy.close());
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
  // The probe tab first, so that the tabs a test opens later are the active ones.
  if (extensionDir) await extensionPage();
  return guild;
}
