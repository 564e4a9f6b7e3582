import { describe, expect, test } from 'vitest';
import { panel, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { axeViolations } from '../harness/axe';
import { useGuild } from '../harness/use-guild';

describe('side panel states', () => {
  // Each test launches its own browser, in the colour scheme it needs.
  const session = useGuild({ lazy: true });
  const launch = (colorScheme: 'light' | 'dark') => session.launch({ colorScheme });

  test('not a profile: quick note by name, search, add the page as a resource; later the profile asks “Is this…?” and links', async () => {
    await launch('light');
    const feed = await session.guild.openSite('https://www.linkedin.com/feed/');
    const p = panel((await session.guild.openPanel(feed)).page);
    await eventually(async () => expect(await textOf(p.heading())).toBe('Not a profile'));
    await eventually(async () =>
      expect(await p.page.getByText('No follow-up due.', { exact: false }).isVisible()).toBe(true),
    );
    expect(await axeViolations(p.page)).toEqual([]);

    // Someone met without their profile open: saved by name with the same form.
    await p.page.getByRole('button', { name: 'Save someone you just met' }).click();
    await eventually(async () => expect(await p.focusedLabel()).toBe('Their name'));
    await p.page.keyboard.type('Camille Lefèvre');
    await p.where().fill('Paris.js');
    await p.field('What you talked about').fill('design tokens');
    await p.page.keyboard.press('Enter');
    await eventually(async () => expect(await p.followUpText().inputValue()).toContain('Hi Camille,'));
    await p.page.getByRole('button', { name: 'Close the message', exact: true }).click();

    // Their follow-up (connect) is due tomorrow, not today; search finds them.
    await p.page.getByLabel('Search your contacts by name or company').fill('cam');
    await eventually(async () =>
      expect(await textOf(p.page.getByRole('list', { name: 'Matching contacts' }))).toContain(
        'Camille Lefèvre',
      ),
    );
    await p.page.getByRole('button', { name: 'Add this page as a resource' }).click();
    await eventually(async () =>
      expect(await p.page.getByText(/^Added “.+” to your resources\.$/).isVisible()).toBe(true),
    );
    const resources = await readStore<{ url: string; title: string }>(p.page, 'resources');
    expect(resources).toMatchObject([{ url: 'https://www.linkedin.com/feed/' }]);
    expect(await axeViolations(p.page)).toEqual([]);

    // Opening their profile later: the panel asks, and links on yes.
    const profile = await session.guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    const q = panel((await session.guild.openPanel(profile)).page);
    const question = q.page.getByText('Is this the Camille Lefèvre you met at Paris.js?');
    await eventually(async () => expect(await question.isVisible()).toBe(true));
    expect(await axeViolations(q.page)).toEqual([]);
    await q.page.getByRole('button', { name: 'Yes, link this profile' }).click();
    await eventually(async () => expect(await textOf(q.status())).toContain('In your address book'));
    const contacts = await readStore<{ name: string; profileKeys: string[]; headline?: string }>(
      q.page,
      'contacts',
    );
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      profileKeys: ['linkedin:camille-lefevre-dev'],
      headline: expect.stringContaining('Doctolib'),
    });
    await eventually(async () => expect(await textOf(q.timeline())).toContain('design tokens'));
  });

  test('could not read: says so, saves from the address, retries', async () => {
    await launch('light');
    const site = await session.guild.openSite('https://www.linkedin.com/in/nobody-here/');
    const p = panel((await session.guild.openPanel(site)).page);
    await eventually(
      async () => expect(await textOf(p.heading())).toBe('Could not read this profile'),
      15_000,
    );
    expect(await axeViolations(p.page)).toEqual([]);
    await p.page.getByRole('button', { name: 'Save as nobody-here' }).click();
    await eventually(async () =>
      expect(
        (await readStore<{ profileKeys: string[] }>(p.page, 'contacts')).map((c) => c.profileKeys),
      ).toEqual([['linkedin:nobody-here']]),
    );
    await p.page.getByRole('button', { name: 'Try again' }).click();
    await eventually(
      async () => expect(await textOf(p.heading())).toBe('Could not read this profile'),
      15_000,
    );
  });

  test('dark theme; live updates between two panels; delete and remove with Undo', async () => {
    await launch('dark');
    const site = await session.guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    const p = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Camille Lefèvre'));
    await p.weJustTalked().click();
    await p.where().fill('Paris.js');
    await p.field('What you talked about').fill('React performance budgets');
    await p.field(/^What you promised/).fill('the slides');
    await p.field('Their project').fill('a design-system linter');
    await p.submitQuickSave().click();
    await eventually(async () =>
      expect(await p.followUpText().inputValue()).toContain('design-system linter'),
    );
    expect(await axeViolations(p.page)).toEqual([]);
    await p.page.getByRole('button', { name: 'Close the message', exact: true }).click();
    await eventually(async () => expect(await textOf(p.timeline())).toContain('React performance budgets'));
    // The give-first card loads after the card’s first paint: wait for it, so axe checks it too.
    await eventually(async () =>
      expect(await p.page.getByRole('heading', { name: 'Give first' }).isVisible()).toBe(true),
    );
    expect(await axeViolations(p.page)).toEqual([]);

    // A second view of the same person updates live when notes change in the first.
    const other = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(other.status())).toContain('In your address book'));
    await p.page.getByRole('button', { name: 'Edit notes' }).click();
    await p.page.keyboard.type('Prefers async video calls');
    await p.page.keyboard.press('Control+Enter');
    await eventually(async () =>
      expect(await other.page.getByText('Prefers async video calls').isVisible()).toBe(true),
    );

    // Remove the interaction, then undo.
    await p.page.getByRole('button', { name: /^Remove Conversation/ }).click();
    await eventually(async () =>
      expect(await p.page.getByText('Interaction removed.').isVisible()).toBe(true),
    );
    expect(await readStore(p.page, 'interactions')).toHaveLength(0);
    await p.page.getByRole('button', { name: 'Undo' }).click();
    await eventually(async () => expect(await readStore(p.page, 'interactions')).toHaveLength(1));

    // Delete the contact, then undo: everything comes back.
    await p.page.getByRole('button', { name: 'Delete contact' }).click();
    await eventually(async () => expect(await textOf(p.status())).toBe('Not saved yet'));
    expect(await readStore(p.page, 'contacts')).toHaveLength(0);
    expect(await axeViolations(p.page)).toEqual([]);
    await p.page.getByRole('button', { name: 'Undo' }).click();
    await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));
    // send-promised only: her LinkedIn profile is open, so no "connect on LinkedIn".
    expect(await readStore(p.page, 'tasks')).toHaveLength(1);

    const feed = await session.guild.openSite('https://www.linkedin.com/feed/');
    const home = panel((await session.guild.openPanel(feed)).page);
    await eventually(async () => expect(await textOf(home.heading())).toBe('Not a profile'));
    await eventually(async () => expect(await textOf(home.savedCount())).toBe('1 person saved'));
  });
});
