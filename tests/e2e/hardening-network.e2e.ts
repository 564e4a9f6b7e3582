import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { launchGuild, type GuildBrowser } from '../harness/guild';
import { panel, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { watchExtensionRequests } from '../harness/network';

/**
 * Nothing leaves the machine: through the user's whole journey (profiles
 * on both sites, save, quick-save, every dashboard section, an import, a
 * backup), the service worker and extension pages make no request. The
 * watcher itself is proved able to fail. Two panels saving one person at
 * the same moment keep one contact.
 */
describe('no network, whatever the flow', () => {
  let guild: GuildBrowser;
  beforeEach(async () => {
    guild = await launchGuild();
  });
  afterEach(async () => {
    await guild?.close();
  });

  test(
    'profile → save → quick-save → every dashboard section → import → backup: no request',
    { timeout: 120_000 },
    async () => {
      const requests = watchExtensionRequests(guild.context, guild.extensionId);
      for (const url of [
        'https://www.linkedin.com/in/camille-lefevre-dev/',
        'https://x.com/TaminoMartinius',
      ]) {
        const site = await guild.openSite(url);
        const p = panel((await guild.openPanel(site)).page);
        await eventually(async () => expect(await textOf(p.personName())).toBeTruthy());
        await p.saveButton().click();
        await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));
        await p.page.close();
      }
      const site = await guild.openSite('https://www.linkedin.com/in/ada-lindqvist/');
      const p = panel((await guild.openPanel(site)).page);
      await eventually(async () => expect(await textOf(p.personName())).toBeTruthy());
      await p.weJustTalked().click();
      await p.where().fill('RustConf hallway');
      await p.submitQuickSave().click();
      await eventually(async () => expect((await readStore(p.page, 'interactions')).length).toBe(1));

      const dashboard = await guild.openDashboard();
      for (const section of [
        'contacts',
        'routine',
        'resources',
        'events',
        'opportunities',
        'communities',
        'impact',
        'settings',
        'data',
      ]) {
        await dashboard.goto(`chrome-extension://${guild.extensionId}/options.html#/${section}`);
        await eventually(async () => expect(await dashboard.locator('h1').count()).toBeGreaterThan(0));
        await dashboard.waitForTimeout(200);
      }
      await dashboard.getByLabel('Choose Connections.csv', { exact: true }).setInputFiles({
        name: 'Connections.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'First Name,Last Name,URL\nGrace,Hopper,https://www.linkedin.com/in/grace-hopper\n',
        ),
      });
      await eventually(async () => expect((await readStore(dashboard, 'contacts')).length).toBe(4));
      const download = dashboard.waitForEvent('download');
      await dashboard.getByRole('button', { name: 'Download a backup' }).click();
      expect((await download).suggestedFilename()).toMatch(/^guild-backup-.*\.json$/);
      await dashboard.waitForTimeout(500);
      expect(requests).toEqual([]);
      // Independent of Playwright's events: the sites' server saw only the pages the test opened.
      const opened = ['/in/camille-lefevre-dev/', '/TaminoMartinius', '/in/ada-lindqvist/', '/favicon.ico'];
      const paths = guild.server.requests.map((u) => new URL(u).pathname);
      expect(paths.filter((path) => !opened.includes(path))).toEqual([]);
    },
  );

  test(
    'the watcher fails when an extension page does make a request (CSP bypassed through CDP)',
    { timeout: 60_000 },
    async () => {
      const requests = watchExtensionRequests(guild.context, guild.extensionId);
      const dashboard = await guild.openDashboard();
      // Under Guild's CSP (connections only where sync may go: HTTPS, or HTTP on loopback) a
      // plain-HTTP request to another machine is refused before it leaves.
      const refused = await dashboard.evaluate(() =>
        fetch('http://www.linkedin.com/feed/').then(
          () => 'sent',
          (e: unknown) => `refused: ${String(e)}`,
        ),
      );
      expect(refused).toMatch(/^refused/);
      const cdp = await guild.context.newCDPSession(dashboard);
      await cdp.send('Page.setBypassCSP', { enabled: true });
      await dashboard.reload();
      const sent = await dashboard.evaluate(() =>
        fetch('https://www.linkedin.com/feed/').then(
          (r) => `sent ${r.status}`,
          (e: unknown) => `refused: ${String(e)}`,
        ),
      );
      expect(sent).toBe('sent 200');
      await eventually(() => expect(requests).toContain('https://www.linkedin.com/feed/'));
      // The service worker is under the same CSP: its request is refused before it leaves, so
      // nothing reaches the fixture server (which logs every request, whoever makes it).
      const fromWorker = await guild.inBackground(() =>
        fetch('http://x.com/home').then(
          () => 'sent',
          (e: unknown) => `refused: ${String(e)}`,
        ),
      );
      expect(fromWorker).toMatch(/^refused/);
      expect(guild.server.requests.filter((u) => u.includes('/home'))).toEqual([]);
    },
  );

  test(
    'two panels clicking Save on the same person at once keep one contact',
    { timeout: 60_000 },
    async () => {
      const site = await guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
      const a = panel((await guild.openPanel(site)).page);
      const b = panel((await guild.openPanel(site)).page);
      await eventually(async () => expect(await a.saveButton().count()).toBe(1));
      await eventually(async () => expect(await b.saveButton().count()).toBe(1));
      // Dispatched in both pages at once: a Playwright click would wait, and by then one panel
      // already shows the other's save (its button gone). Only Save itself: on a loaded machine
      // one panel may already show the saved card, whose first primary button is "We just talked".
      const click = () =>
        [...document.querySelectorAll<HTMLButtonElement>('button')]
          .find((b) => b.textContent?.trim() === 'Save contact')
          ?.click();
      await Promise.all([a.page.evaluate(click), b.page.evaluate(click)]);
      await eventually(async () => expect(await textOf(a.status())).toContain('In your address book'));
      await eventually(async () => expect(await textOf(b.status())).toContain('In your address book'));
      expect(await readStore(a.page, 'contacts')).toHaveLength(1);
    },
  );
});
