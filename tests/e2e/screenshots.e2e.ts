import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { panel, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';
import { axeViolations } from '../harness/axe';
import { useGuild } from '../harness/use-guild';
import { FIXTURES_DIR } from '../harness/paths';

/**
 * The gallery in the README: every panel state and every dashboard section,
 * light and dark, English and French, each checked by axe (0 violations).
 * One browser for the whole file; each state is shot in both colour schemes
 * on the same page (emulated), so a transient state (the follow-up message)
 * is reached once per language.
 */

type Language = 'en' | 'fr';
type Catalog = Record<string, { message: string }>;
const catalogs: Record<Language, Catalog> = {
  en: JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Catalog,
  fr: JSON.parse(readFileSync('public/_locales/fr/messages.json', 'utf8')) as Catalog,
};
const msg = (language: Language, key: string) => {
  const entry = catalogs[language][key];
  if (!entry) throw new Error(`no message ${key}`);
  return entry.message;
};

const SCHEMES = ['light', 'dark'] as const;
/** Files written, for the README's gallery. */
const written: string[] = [];

/** Axe in each scheme (contrast differs), then a screenshot in each. */
async function shoot(page: Page, name: string, language: Language, fullPage = false): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await axeViolations(page);
    expect(violations, `${name} ${language} ${scheme}`).toEqual([]);
    const path = `tests/screenshots/${name}-${language}-${scheme}.png`;
    await page.screenshot({ path, fullPage });
    written.push(path);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const PEOPLE: Record<Language, { profile: string; met: string; matched: string; matchedUrl: string }> = {
  en: {
    profile: 'https://www.linkedin.com/in/camille-lefevre-dev/',
    met: 'Camille Lefèvre',
    matched: 'Ada Lindqvist',
    matchedUrl: 'https://x.com/ada_codes',
  },
  fr: {
    profile: 'https://www.linkedin.com/in/nils-holm/',
    met: 'Nils Holm',
    matched: 'Tamino Martinius',
    matchedUrl: 'https://x.com/taminomartinius',
  },
};

const DASHBOARD_ROUTES: { name: string; hash: string }[] = [
  { name: 'contacts', hash: '#/contacts' },
  { name: 'contact-page', hash: '#/contacts/1' },
  { name: 'routine', hash: '#/routine' },
  { name: 'routine-monday', hash: '#/routine/monday' },
  { name: 'resources', hash: '#/resources' },
  { name: 'events', hash: '#/events' },
  { name: 'opportunities', hash: '#/opportunities' },
  { name: 'communities', hash: '#/communities' },
  { name: 'impact', hash: '#/impact' },
  { name: 'settings', hash: '#/settings' },
  { name: 'sync', hash: '#/sync' },
  { name: 'data', hash: '#/data' },
  { name: 'welcome', hash: '#/welcome' },
];

describe('screenshots: every panel state and dashboard section, light and dark, English and French', () => {
  const session = useGuild({ scope: 'all' });

  async function setLanguage(dashboard: Page, language: Language): Promise<void> {
    await dashboard.goto(dashboard.url().replace(/#.*$/, '') + '#/settings');
    await dashboard.getByLabel(/^(Language|Langue)$/).selectOption(language);
    await dashboard.getByRole('button', { name: /^(Save settings|Enregistrer les réglages)$/ }).click();
    await eventually(async () =>
      expect(await dashboard.evaluate(() => document.documentElement.lang)).toBe(language),
    );
  }

  async function panelStates(dashboard: Page, language: Language): Promise<void> {
    const m = (key: string) => msg(language, key);
    const who = PEOPLE[language];
    await setLanguage(dashboard, language);

    // Not a profile (the feed): routine, follow-ups due, search, add as resource; then a quick note by name.
    const feed = await session.guild.openSite('https://www.linkedin.com/feed/');
    const n = panel((await session.guild.openPanel(feed)).page);
    await eventually(async () => expect(await textOf(n.heading())).toBe(m('notAProfileTitle')));
    await eventually(async () =>
      expect(await n.page.getByRole('button', { name: m('panelQuickNoteButton') }).isVisible()).toBe(true),
    );
    await n.page.getByRole('button', { name: m('panelQuickNoteButton') }).click();
    await n.field(m('panelFieldName')).fill(who.matched);
    await n.field(m('panelFieldWhere')).fill('Paris.js');
    await n.field(m('panelFieldTopic')).fill('WebAssembly');
    await n.page.keyboard.press('Enter');
    await eventually(async () =>
      expect(await n.followUpText().inputValue()).toContain(who.matched.split(' ')[0]),
    );
    await n.page.getByRole('button', { name: m('panelCloseMessage'), exact: true }).click();
    await eventually(async () =>
      expect(await n.page.getByRole('button', { name: m('panelQuickNoteButton') }).isVisible()).toBe(true),
    );
    await shoot(n.page, 'panel-not-a-profile', language, true);
    await n.page.close();
    await feed.page.close();

    // An unsaved profile, the quick-save form, the follow-up message, the saved card.
    const site = await session.guild.openSite(who.profile);
    const p = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe(who.met));
    await eventually(async () => expect(await p.weJustTalked().isVisible()).toBe(true));
    await shoot(p.page, 'panel-unsaved', language);
    await p.weJustTalked().click();
    await p.where().fill('Paris.js');
    await p
      .field(m('panelFieldTopic'))
      .fill(language === 'en' ? 'React performance budgets' : 'les budgets de performance React');
    await shoot(p.page, 'panel-quick-save', language);
    await p.submitQuickSave().click();
    await eventually(async () => expect(await p.followUpText().inputValue()).toContain('Paris.js'));
    await shoot(p.page, 'panel-follow-up', language);
    await p.page.getByRole('button', { name: m('panelCloseMessage'), exact: true }).click();
    await eventually(async () => expect(await textOf(p.timeline())).toContain('React'));
    await eventually(async () =>
      expect(await p.page.getByRole('heading', { name: m('giveFirstHeading') }).isVisible()).toBe(true),
    );
    await shoot(p.page, 'panel-saved', language, true);
    // The side panel can be dragged from about 320 to 500 px wide (the shots above are at its default 400).
    if (language === 'en') {
      for (const width of [320, 500]) {
        await p.page.setViewportSize({ width, height: 720 });
        await shoot(p.page, `panel-saved-${width}`, language, true);
      }
      await p.page.setViewportSize({ width: 400, height: 720 });
    }
    await p.page.close();
    await site.page.close();

    // Saved by name, met again on their X profile: the panel asks.
    const x = await session.guild.openSite(who.matchedUrl);
    const q = panel((await session.guild.openPanel(x)).page);
    await eventually(async () => expect(await q.page.locator('.name-match').isVisible()).toBe(true));
    await shoot(q.page, 'panel-name-match', language);
    await q.page.close();
    await x.page.close();

    // A page Guild could not read.
    const bad = await session.guild.openSite('https://www.linkedin.com/in/nobody-here/');
    const r = panel((await session.guild.openPanel(bad)).page);
    await eventually(async () => expect(await textOf(r.heading())).toBe(m('readFailedTitle')), 15_000);
    await shoot(r.page, 'panel-read-failed', language);
    await r.page.close();
    await bad.page.close();
  }

  async function dashboardSections(dashboard: Page, language: Language): Promise<void> {
    await setLanguage(dashboard, language);
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    for (const { name, hash } of DASHBOARD_ROUTES) {
      await dashboard.evaluate((h) => (location.hash = h), hash);
      await eventually(async () => expect(await dashboard.locator('main h1').first().isVisible()).toBe(true));
      // Live queries and lazy charts settle: the text stops changing and nothing says it is loading.
      const loading = msg(language, 'loading');
      let before = '';
      await eventually(async () => {
        const now = await dashboard.locator('main').innerText();
        const same = now === before;
        before = now;
        expect(same && !now.includes(loading), `${name} settles`).toBe(true);
      });
      await shoot(dashboard, `dashboard-${name}`, language);
    }
  }

  test('panel in English and French, then the dashboard with an imported address book', async () => {
    const dashboard = await session.guild.openDashboard();
    await panelStates(dashboard, 'en');
    await panelStates(dashboard, 'fr');

    // A small address book for the dashboard: LinkedIn's Connections.csv on top of the people above.
    await setLanguage(dashboard, 'en');
    await dashboard.evaluate(() => (location.hash = '#/data'));
    await dashboard
      .getByLabel('Choose Connections.csv', { exact: true })
      .setInputFiles(`${FIXTURES_DIR}/linkedin-export/Connections.csv`);
    await eventually(
      async () => expect(await dashboard.getByText(/^Added: \d+/).isVisible()).toBe(true),
      15_000,
    );

    await dashboardSections(dashboard, 'en');
    await dashboardSections(dashboard, 'fr');
    expect(written).toHaveLength(2 * 2 * (7 + DASHBOARD_ROUTES.length) + 2 * 2);
  }, 600_000);
});
