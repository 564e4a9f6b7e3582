import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { eventually } from '../harness/eventually';
import { axeViolations } from '../harness/axe';
import { useGuild } from '../harness/use-guild';
import { FIXTURES_DIR } from '../harness/paths';

const CONNECTIONS = path.join(FIXTURES_DIR, 'linkedin-export', 'Connections.csv');

/** The focused element's text and whether it shows a focus ring. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      text: el.textContent?.trim(),
      outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
    };
  });
}

/**
 * Contacts, Data and Settings in French and in the dark theme, driven from
 * the keyboard: labels, focus ring, arrow keys through the table, Enter to open.
 */
describe('dashboard contacts in French, dark, by keyboard', () => {
  const session = useGuild({ scope: 'all', locale: 'fr-FR', colorScheme: 'dark' });
  let page: Page;

  beforeAll(async () => {
    page = await session.guild.openDashboard();
  });

  test('empty state and import, in French, pass axe in the dark theme', async () => {
    await eventually(async () =>
      expect(await page.getByRole('heading', { name: 'Votre carnet est vide' }).count()).toBe(1),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Importer votre archive LinkedIn' }).click();
    await page.getByLabel('Choisir Connections.csv').setInputFiles(CONNECTIONS);
    await eventually(async () => expect(await page.getByText('Ajoutés : 7').count()).toBe(1));
    expect(await axeViolations(page)).toEqual([]);
  });

  test('search, arrow keys between people with a visible focus ring, Enter opens the page', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Contacts' }).click();
    const search = page.getByRole('searchbox', { name: 'Rechercher' });
    await search.focus();
    await page.keyboard.type('engineer');
    await eventually(async () =>
      expect(await page.getByTestId('contacts-count').textContent()).toBe('6 sur 7 personnes'),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.contact-link').first().focus();
    expect(await focused(page)).toEqual({ text: 'CLCamille Lefèvre', outline: true });
    await page.keyboard.press('ArrowDown');
    await eventually(async () => expect((await focused(page)).text).toBe('JMJulien Moreau'));
    await page.keyboard.press('Enter');
    await eventually(async () =>
      expect(await page.locator('h1').first().textContent()).toBe('Julien Moreau'),
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('Settings: choosing English applies to the whole dashboard at once', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Réglages' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Langue').selectOption('en');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await eventually(async () => expect(await page.locator('h1').first().textContent()).toBe('Settings'));
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Contacts' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
