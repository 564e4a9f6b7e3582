import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { eventually } from '../harness/eventually';
import { axeViolations } from '../harness/axe';
import { useGuild } from '../harness/use-guild';
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
  // No network request: checked after every step, whichever steps are added later.
  const session = useGuild({ scope: 'all' });
  let d: ReturnType<typeof dashboard>;

  beforeAll(async () => {
    d = dashboard(await session.guild.openDashboard());
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

  // Steps 6–11 (Routine, Resources, Events, Opportunities, Communities, Impact): log an
  // opportunity from the contact opened in step 4, see Impact count it, and check each
  // of those sections with some data in it, in light and dark.

  /** axe in the light theme, then in the dark one (colour contrast differs), back to light. */
  async function axeLightAndDark() {
    expect(await axeViolations(d.page)).toEqual([]);
    await d.page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(d.page)).toEqual([]);
    await d.page.emulateMedia({ colorScheme: 'light' });
  }

  test('6. Opportunities: log the job Thomas Nguyen referred, from his page’s link', async () => {
    const thomas = (await readStore<{ id: number; name: string }>(d.page, 'contacts')).find(
      (c) => c.name === 'Thomas Nguyen',
    )!;
    // What "log an opportunity from this person" opens (`#/opportunities?from=<id>`), as a
    // fresh load: this step does not depend on where the previous one left the app.
    await d.page.goto(
      `chrome-extension://${session.guild.extensionId}/options.html#/opportunities?from=${thomas.id}`,
    );
    // Only the hash differs from the current URL, so `goto` alone would not load the page again.
    await d.page.reload();
    await eventually(async () => expect(await d.heading().textContent()).toBe('Opportunities'));
    const form = d.page.getByRole('form', { name: 'Log an opportunity' });
    await eventually(async () =>
      expect(await form.getByRole('link', { name: 'Thomas Nguyen' }).count()).toBe(1),
    );
    await d.page.getByLabel('What it is', { exact: true }).fill('Staff engineer, payments');
    await d.page.getByLabel('What it is worth to you').fill('A role that is not advertised');
    expect(await axeViolations(d.page)).toEqual([]);
    await d.page.getByRole('button', { name: 'Save' }).click();
    const row = d.page.getByRole('row').filter({ hasText: 'Staff engineer, payments' });
    await eventually(async () =>
      expect(await row.getByRole('link', { name: 'Thomas Nguyen' }).count()).toBe(1),
    );
    expect(await readStore(d.page, 'opportunities')).toMatchObject([
      { kind: 'job', sourceContactId: thomas.id, status: 'open', title: 'Staff engineer, payments' },
    ]);
    await axeLightAndDark();
  });

  test('7. Impact counts it: one job this month, Thomas in the reciprocity table; axe light and dark', async () => {
    await d.nav('Impact').click();
    await eventually(async () =>
      expect(await d.page.getByText('Opportunities over the last 12 months: 1.').count()).toBe(1),
    );
    const chart = d.page.getByRole('figure', { name: 'Opportunities by kind' });
    await chart.getByText('Show the figures as a table').click();
    const lastRow = chart.getByRole('row').last();
    expect(await lastRow.getByRole('cell').first().textContent()).toBe('1');
    const unbalanced = d.page.getByRole('table', { name: 'The most one-sided relationships' });
    expect(await unbalanced.getByRole('link', { name: 'Thomas Nguyen' }).count()).toBe(1);
    expect(await d.page.getByText(/Too early to judge/).count()).toBe(1);
    await axeLightAndDark();
  });

  test('8. Resources: add one with tags and ask who it fits', async () => {
    await d.nav('Resources').click();
    await eventually(async () => expect(await d.page.getByText('Your library is empty.').count()).toBe(1));
    expect(await axeViolations(d.page)).toEqual([]);
    await d.page.getByRole('button', { name: 'Add a resource' }).click();
    await d.page.getByLabel('Link').fill('https://example.com/payments-at-scale');
    await d.page.getByLabel('Title').fill('Payments at scale');
    await d.page.getByLabel('Tags').fill('payments, fintech');
    await d.page.getByRole('button', { name: 'Save' }).click();
    await d.page.getByRole('button', { name: 'Who it fits' }).click();
    await eventually(async () =>
      expect(await d.page.getByText('No one’s interests or projects match its tags yet.').count()).toBe(1),
    );
    await axeLightAndDark();
  });

  test('9. Events: record a meetup where Thomas was met; his follow-up is tracked', async () => {
    await d.nav('Events').click();
    await eventually(async () => expect(await d.page.getByText('No event yet.').count()).toBe(1));
    await d.page.getByRole('button', { name: 'Add an event' }).click();
    await d.page.getByLabel('Name', { exact: true }).fill('Paris Fintech Meetup');
    await d.page.getByLabel('Add someone you met').fill('Thomas');
    await d.page.getByRole('button', { name: 'Thomas Nguyen · Qonto' }).click();
    expect(await axeViolations(d.page)).toEqual([]);
    await d.page.getByRole('button', { name: 'Save' }).click();
    const card = d.page.getByRole('article', { name: 'Paris Fintech Meetup' });
    await eventually(async () =>
      expect(await card.getByText('0 of 1 followed up within 24 hours.').count()).toBe(1),
    );
    expect(await d.page.getByText('Events this month: 1 of 3').count()).toBe(1);
    expect(await readStore(d.page, 'tasks')).toMatchObject([{ kind: 'follow-up', origin: 'event' }]);
    await axeLightAndDark();
  });

  test('10. Communities: join one, tick the first of the guide’s actions', async () => {
    await d.nav('Communities').click();
    await eventually(async () => expect(await d.page.getByText('No community yet.').count()).toBe(1));
    await d.page.getByRole('button', { name: 'Add a community' }).click();
    await d.page.getByLabel('Name', { exact: true }).fill('Paris.js');
    await d.page.getByLabel('Where it lives').selectOption('meetup');
    await d.page.getByRole('button', { name: 'Save' }).click();
    const box = d.page.getByRole('checkbox', { name: 'Read the rules and guidelines' });
    // Saved first, then shown ticked (the checkbox follows the database), so click and wait.
    await box.click();
    await eventually(async () => expect(await box.isChecked()).toBe(true));
    await eventually(async () =>
      expect(await d.page.getByText('This phase’s actions: 1 of 4 done').count()).toBe(1),
    );
    await axeLightAndDark();
  });

  test('11. Routine: the week’s lists, the budget and losing touch; a day’s list', async () => {
    await d.nav('Routine').click();
    await eventually(async () =>
      expect(await d.page.getByRole('heading', { name: 'Losing touch' }).count()).toBe(1),
    );
    expect(await axeViolations(d.page)).toEqual([]);
    await d.page.getByRole('link', { name: 'Monday — check on your close circle' }).click();
    await eventually(async () => expect(d.page.url()).toMatch(/#\/routine\/monday$/));
    await axeLightAndDark();
  });
});
