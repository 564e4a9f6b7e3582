import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchGuild, type GuildBrowser } from '../harness/guild';
import { eventually } from '../harness/eventually';
import { axeViolations } from '../harness/axe';
import { watchExtensionRequests } from '../harness/network';
import { readStore } from '../harness/database';
import { FIXTURES_DIR } from '../harness/paths';

const CONNECTIONS = path.join(FIXTURES_DIR, 'linkedin-export', 'Connections.csv');

/** What a user sees and does on the dashboard, by role and label (English UI). */
function dashboard(page: Page) {
  return {
    page,
    nav: (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }),
    heading: () => page.locator('h1').first(),
    count: () => page.getByTestId('contacts-count'),
    rowLinks: () => page.locator('.contact-table .contact-link'),
    search: () => page.getByRole('searchbox', { name: 'Search' }),
  };
}

/**
 * The dashboard journey of issue 8, one step after another in one browser:
 * import LinkedIn's export → the contacts appear → search finds one by company
 * → open them → (Opportunities / Impact steps are added after these, in order).
 * Every step checks axe on what it shows; no step may make a network request.
 */
describe('dashboard journey', () => {
  let guild: GuildBrowser;
  let requests: string[];
  let d: ReturnType<typeof dashboard>;

  beforeAll(async () => {
    guild = await launchGuild();
    requests = watchExtensionRequests(guild.context, guild.extensionId);
    d = dashboard(await guild.openDashboard());
  });
  afterAll(async () => {
    await guild?.close();
    // Checked after every step, whichever steps are added later.
    expect(requests).toEqual([]);
  });

  test('1. a new user sees how to start', async () => {
    await eventually(async () =>
      expect(await d.page.getByRole('heading', { name: 'Your address book is empty' }).count()).toBe(1),
    );
    expect(await axeViolations(d.page)).toEqual([]);
  });

  test('2. Data: import the sample Connections.csv → a report of 7 added and the skipped rows', async () => {
    await d.nav('Data').click();
    await eventually(async () => expect(await d.heading().textContent()).toBe('Data'));
    await d.page.getByLabel('Choose Connections.csv').setInputFiles(CONNECTIONS);
    const report = d.page.getByTestId('import-report');
    await eventually(async () => expect(await report.getByText('Added: 7').count()).toBe(1));
    expect(await report.getByText('Skipped: 2').count()).toBe(1);
    expect(await readStore(d.page, 'contacts')).toHaveLength(7);
    expect(await axeViolations(d.page)).toEqual([]);
  });

  test('3. Contacts: the 7 people appear; searching "Qonto" finds Thomas Nguyen', async () => {
    await d.nav('Contacts').click();
    await eventually(async () => expect(await d.count().textContent()).toBe('7 people'));
    expect(await d.rowLinks().count()).toBe(7);
    expect(await axeViolations(d.page)).toEqual([]);
    await d.search().fill('Qonto');
    await eventually(async () => expect(await d.rowLinks().allTextContents()).toEqual(['TNThomas Nguyen']));
    expect(await d.count().textContent()).toBe('1 of 7 people');
  });

  test('4. open Thomas Nguyen: his page, his LinkedIn link, and the editing form', async () => {
    await d.rowLinks().first().click();
    await eventually(async () => expect(await d.heading().textContent()).toBe('Thomas Nguyen'));
    expect(d.page.url()).toMatch(/#\/contacts\/\d+$/);
    expect(await d.page.getByRole('link', { name: 'LinkedIn: tnguyen' }).getAttribute('href')).toBe(
      'https://www.linkedin.com/in/tnguyen/',
    );
    expect(await d.page.getByLabel('Company', { exact: true }).inputValue()).toBe('Qonto');
    expect(await axeViolations(d.page)).toEqual([]);
  });

  test('5. Settings: every control is labelled and passes axe', async () => {
    await d.nav('Settings').click();
    await eventually(async () => expect(await d.heading().textContent()).toBe('Settings'));
    await d.page.getByText('After an event: thanks, and what you promised').click();
    expect(await axeViolations(d.page)).toEqual([]);
  });
});
