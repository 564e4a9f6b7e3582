import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { panel, readClipboard, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { useGuild } from '../harness/use-guild';
import type { GuildBrowser } from '../harness/guild';

interface StoredInteraction {
  kind: string;
  topic?: string;
  direction?: string;
}
interface StoredContact {
  name: string;
  profileKeys: string[];
  circle: string;
}

/** Save the person on this fixture profile from the panel, then close that panel. */
async function saveFromPanel(guild: GuildBrowser, url: string, name: string) {
  const site = await guild.openSite(url);
  const p = panel((await guild.openPanel(site)).page);
  await eventually(async () => expect(await textOf(p.personName())).toBe(name));
  await p.saveButton().click();
  await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));
  await p.page.close();
}

describe('the daily experience, end to end', () => {
  const session = useGuild({ clipboard: true });

  test('quick-save → edit the message → Copy twice (nothing logged) → “Sent” → the timeline and Impact show one gift', async () => {
    const site = await session.guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    const p = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Camille Lefèvre'));
    await p.weJustTalked().click();
    await p.where().fill('the DevFest');
    await p.field('What you talked about').fill('design tokens');
    await p.field(/^What you promised/).fill('my notes on the migration');
    await p.submitQuickSave().click();

    const editor = p.followUpText();
    await eventually(async () => expect(await editor.isVisible()).toBe(true));
    const filled = await editor.inputValue();
    expect(filled).toContain('It was great meeting you at the DevFest.');
    expect(filled).toContain('As promised: my notes on the migration');
    await editor.fill(`${filled}\nPS: the repo is public now.`);
    const edited = await editor.inputValue();

    await p.copyButton().click();
    await eventually(async () => expect(await readClipboard(site.page)).toBe(edited));
    await p.copyButton().click();
    await p.page.getByRole('button', { name: 'Not now' }).click();
    // Copying is not giving: only the conversation is in the history.
    expect((await readStore<StoredInteraction>(p.page, 'interactions')).map((i) => i.kind)).toEqual([
      'conversation',
    ]);

    await p.copyButton().click();
    await p.page.getByRole('button', { name: 'Sent', exact: true }).click();
    await eventually(async () =>
      expect(await p.page.getByText('Sent: logged in their history.').isVisible()).toBe(true),
    );
    const logged = await readStore<StoredInteraction>(p.page, 'interactions');
    expect(logged.map((i) => [i.kind, i.direction, i.topic])).toEqual([
      ['conversation', undefined, 'design tokens'],
      ['gave', 'gave', 'my notes on the migration'],
    ]);

    await p.page.getByRole('button', { name: 'Close the message', exact: true }).click();
    await eventually(async () =>
      expect(await textOf(p.timeline())).toContain('Gave: my notes on the migration'),
    );

    const dashboard = await session.guild.openDashboard();
    await dashboard.goto(`${dashboard.url().split('#')[0]}#/impact`);
    await eventually(
      async () =>
        expect(await dashboard.locator('main').textContent()).toContain(
          'Over the last 12 months you gave 1 time and',
        ),
      15_000,
    );
  }, 90_000);

  test('someone saved from LinkedIn, met again on X: “We just talked” links the X profile, one contact', async () => {
    await saveFromPanel(session.guild, 'https://www.linkedin.com/in/ada-lindqvist/', 'Ada Lindqvist');
    const site = await session.guild.openSite('https://x.com/ada_codes');
    const p = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Ada Lindqvist'));
    await p.weJustTalked().click();
    await eventually(async () =>
      expect(await p.page.locator('form.quick-save legend').first().textContent()).toMatch(/Ada Lindqvist/),
    );
    await p.where().fill('Rust meetup');
    await p.submitQuickSave().click();
    await eventually(async () => expect(await p.followUpText().isVisible()).toBe(true));
    const contacts = await readStore<StoredContact>(p.page, 'contacts');
    expect(contacts).toHaveLength(1);
    expect([...contacts[0]!.profileKeys].sort()).toEqual(['linkedin:ada-lindqvist', 'x:ada_codes']);
  }, 90_000);

  test('install → welcome page → name, close circle → Monday’s list names them; the routine page says the next nudge', async () => {
    const welcome = await eventually(async () => {
      const page = session.guild.context.pages().find((pg: Page) => pg.url().endsWith('#/welcome'));
      expect(page).toBeDefined();
      return page!;
    });
    await saveFromPanel(session.guild, 'https://www.linkedin.com/in/camille-lefevre-dev/', 'Camille Lefèvre');
    await saveFromPanel(session.guild, 'https://x.com/TaminoMartinius', 'Tamino Martinius');

    await welcome.bringToFront();
    await welcome.getByLabel('Your name', { exact: true }).fill('Sam Rivera');
    const picker = welcome.getByRole('group', { name: 'Choose your close circle' });
    for (const [query, name] of [
      ['Cam', 'Camille Lefèvre'],
      ['Tam', 'Tamino Martinius'],
    ]) {
      await picker.getByLabel('Search by name').fill(query!);
      // Saved at once, then shown ticked (the list is live): click, then wait for the tick.
      const box = picker.getByRole('checkbox', { name: new RegExp(name!) });
      await box.click();
      await eventually(async () => expect(await box.isChecked()).toBe(true));
    }
    await eventually(async () =>
      expect(await picker.getByRole('status').textContent()).toBe('In your close circle: 2'),
    );
    await welcome.getByRole('button', { name: 'Save and open Monday’s list' }).click();
    await eventually(async () => expect(welcome.url()).toMatch(/#\/routine\/monday$/));
    await eventually(async () => {
      const list = (await welcome.locator('.routine-list').textContent()) ?? '';
      expect(list).toContain('Camille Lefèvre');
      expect(list).toContain('Tamino Martinius');
    });
    expect(await welcome.getByTestId('next-nudge').textContent()).toMatch(
      /^Next nudge: (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) 09:00$/,
    );
    const settings = await readStore<{ myName?: string }>(welcome, 'settings');
    expect(settings[0]?.myName).toBe('Sam Rivera');
  }, 120_000);
  test('welcome page in French on an English browser: hours read 09:00 (never AM), “10 h 30” is kept as 10:30', async () => {
    const welcome = await eventually(async () => {
      const page = session.guild.context.pages().find((pg: Page) => pg.url().endsWith('#/welcome'));
      expect(page).toBeDefined();
      return page!;
    });
    await welcome.bringToFront();
    expect(await welcome.evaluate(() => navigator.language)).toBe('en-US');
    await welcome.getByLabel('Language', { exact: true }).selectOption('fr');
    const routine = welcome.getByLabel('Heure de la routine', { exact: true });
    await eventually(async () => expect(await routine.inputValue()).toBe('09:00'));
    expect(await welcome.getByLabel('Fin des heures calmes', { exact: true }).inputValue()).toBe('08:00');
    expect(await welcome.locator('form').innerText()).not.toMatch(/\b(AM|PM)\b/);
    await routine.fill('10 h 30');
    await routine.blur();
    expect(await routine.inputValue()).toBe('10:30');
    await welcome.getByRole('button', { name: 'Enregistrer et ouvrir la liste du lundi' }).click();
    await eventually(async () => expect(welcome.url()).toMatch(/#\/routine\/monday$/));
    const settings = await readStore<{ routineTime: string; language: string }>(welcome, 'settings');
    expect(settings[0]).toMatchObject({ routineTime: '10:30', language: 'fr' });
  }, 120_000);
  test('the panel as the place to act: interests added from give-first’s empty card with the keyboard, then the person’s page in the dashboard shows them', async () => {
    await saveFromPanel(session.guild, 'https://www.linkedin.com/in/camille-lefevre-dev/', 'Camille Lefèvre');
    const site = await session.guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    const p = panel((await session.guild.openPanel(site)).page);
    const add = p.page.getByTestId('give-first').getByRole('button', { name: 'Add their interests' });
    await add.focus();
    await p.page.keyboard.press('Enter');
    const field = p.page.getByLabel('Interests', { exact: true });
    await eventually(async () =>
      expect(await field.evaluate((el) => el === document.activeElement)).toBe(true),
    );
    await p.page.keyboard.type('design tokens, CSS');
    await p.page.keyboard.press('Enter');
    await eventually(async () =>
      expect((await readStore<{ interests: string[] }>(p.page, 'contacts'))[0]?.interests).toEqual([
        'design tokens',
        'CSS',
      ]),
    );
    await eventually(async () =>
      expect(await textOf(p.page.getByTestId('fact-interests'))).toBe('design tokensCSS'),
    );

    const [dashboard] = await Promise.all([
      session.guild.context.waitForEvent('page'),
      p.page.getByTestId('open-in-dashboard').click(),
    ]);
    await eventually(() => expect(dashboard.url()).toMatch(/options\.html#\/contacts\/\d+$/));
    await eventually(async () =>
      expect(await dashboard.getByLabel('Interests', { exact: true }).inputValue()).toBe(
        'design tokens, CSS',
      ),
    );
  });
});
