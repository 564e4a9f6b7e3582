import { describe, expect, test } from 'vitest';
import type { GuildBrowser } from '../harness/guild';
import { useGuild } from '../harness/use-guild';
import { panel, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { axeViolations } from '../harness/axe';

interface StoredContact {
  profileKeys: string[];
  profiles: { site: string; key: string; url: string; handle: string }[];
  name: string;
  headline?: string;
  createdAt: number;
}

async function badgeText(guild: GuildBrowser, tabId: number): Promise<string> {
  return guild.inBackground((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

describe('first slice: read a profile beside it, save it, see it saved', () => {
  // Guild makes no network request, whatever the flow: checked after each test.
  const session = useGuild();

  test('LinkedIn: name and headline → Save → stored → reload → shown as saved with a badge → listed in the dashboard', async () => {
    const site = await session.guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    const p = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Camille Lefèvre'));
    expect(await p.page.getByText('Senior Frontend Engineer at Doctolib').isVisible()).toBe(true);
    expect(await textOf(p.status())).toBe('Not saved yet');
    expect(await badgeText(session.guild, site.tabId)).toBe('');
    expect(await axeViolations(p.page)).toEqual([]);

    await p.saveButton().click();
    await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));

    const contacts = await readStore<StoredContact>(p.page, 'contacts');
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      profileKeys: ['linkedin:camille-lefevre-dev'],
      profiles: [
        {
          site: 'linkedin',
          key: 'linkedin:camille-lefevre-dev',
          url: 'https://www.linkedin.com/in/camille-lefevre-dev/',
          handle: 'camille-lefevre-dev',
        },
      ],
      name: 'Camille Lefèvre',
      headline: 'Senior Frontend Engineer at Doctolib · React performance, design systems',
    });
    await eventually(async () => expect(await badgeText(session.guild, site.tabId)).toBe('✓'));

    // Reload the profile: the badge comes back, and a fresh panel shows the person as saved.
    await site.page.reload();
    await eventually(async () => expect(await badgeText(session.guild, site.tabId)).toBe('✓'));
    await p.page.close();
    const again = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(again.status())).toContain('In your address book'));
    expect(await again.saveButton().count()).toBe(0);

    const dashboard = await session.guild.openDashboard();
    await eventually(async () =>
      expect(await dashboard.getByRole('cell', { name: 'Camille Lefèvre' }).count()).toBe(1),
    );
    await again.page.screenshot({ path: 'tests/screenshots/panel-saved-linkedin.png' });
  });

  test('X: the person is read from the page and saved under x:<handle>', async () => {
    const site = await session.guild.openSite('https://x.com/TaminoMartinius');
    const p = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Tamino Martinius'));
    expect(await p.page.getByText('I speak code as Staff Engineer @ServiceNow').isVisible()).toBe(true);
    await p.saveButton().click();
    await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));
    const contacts = await readStore<StoredContact>(p.page, 'contacts');
    expect(contacts.map((c) => [c.profileKeys, c.name, c.profiles.map((p) => p.url)])).toEqual([
      [['x:taminomartinius'], 'Tamino Martinius', ['https://x.com/taminomartinius']],
    ]);
    await eventually(async () => expect(await badgeText(session.guild, site.tabId)).toBe('✓'));
  });

  test('a page that is not a profile says so and shows how many people are saved', async () => {
    const site = await session.guild.openSite('https://www.linkedin.com/feed/');
    const p = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.heading())).toBe('Not a profile'));
    await eventually(async () => expect(await textOf(p.savedCount())).toBe('No one saved yet'));
    expect(await badgeText(session.guild, site.tabId)).toBe('');
  });
});
