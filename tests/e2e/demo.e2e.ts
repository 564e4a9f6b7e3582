import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemo, type Demo } from '../harness/demo';
import { eventually } from '../harness/eventually';
import { watchExtensionRequests } from '../harness/network';
import { panel, textOf } from '../harness/panel';
import { EXTENSION_DIR } from '../harness/paths';

/**
 * `npm start`'s demo, headless: the same setup the command runs (demo pages
 * with their banner, the demo address book restored through the dashboard),
 * checked where a newcomer looks: the start page, a saved person in the
 * panel, the site navigating in-app to another person, LinkedIn's 2026 layout.
 */
describe('npm start: the demo', () => {
  let demo: Demo;
  let requests: string[];

  beforeAll(async () => {
    demo = await startDemo({ extensionDir: EXTENSION_DIR, headless: true, locale: 'en-US' });
    requests = watchExtensionRequests(demo.guild.context, demo.guild.extensionId);
  });
  afterAll(async () => {
    await demo?.guild.close();
  });

  test('the start page and every demo profile say they are demo pages', async () => {
    const banner = demo.start.locator('#guild-demo-banner');
    expect(await banner.textContent()).toContain('Guild demo: this page is served from the Guild repository');
    expect(await banner.isVisible()).toBe(true);
    const site = await demo.guild.openSite('https://x.com/GraceCodes');
    expect(await site.page.locator('#guild-demo-banner').isVisible()).toBe(true);
    await site.page.close();
  });

  test('the dashboard lists the demo address book', async () => {
    await eventually(async () =>
      expect(await demo.dashboard.locator('main').textContent()).toContain('Grace Hopper-Liu'),
    );
    expect(await demo.dashboard.locator('main').textContent()).toContain('Ada Lindqvist');
  });

  test('the panel shows a saved person, and follows the site to the next one', async () => {
    const site = await demo.guild.openSite('https://www.linkedin.com/in/ada-lindqvist/');
    const p = panel((await demo.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Ada Lindqvist'));
    await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));

    await site.page.getByRole('button', { name: 'Next profile: Bo Nakamura' }).click();
    await eventually(async () => expect(await textOf(p.personName())).toBe('Bo Nakamura'));
    await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));
    await p.page.close();
    await site.page.close();
  });

  test('LinkedIn’s 2026 layout: a person not saved yet, ready to save', async () => {
    const site = await demo.guild.openSite('https://www.linkedin.com/in/priya-raman-dev/');
    const p = panel((await demo.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Priya Raman'));
    // Save appears once the panel has looked Priya up (not saved): it may follow the name by a frame.
    await eventually(async () => expect(await p.saveButton().isVisible()).toBe(true));
    await p.page.close();
    await site.page.close();
    // Guild made no request of its own, demo or not.
    expect(requests).toEqual([]);
  });
});
