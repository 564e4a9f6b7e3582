import { describe, expect, test } from 'vitest';
import { panel, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { setSiteAccess } from '../harness/site-access';
import { useGuild } from '../harness/use-guild';

/** The user corrects, Guild remembers; and what the panel does when the browser withholds site access. */

interface StoredContact {
  name: string;
  headline?: string;
  corrected?: string[];
  profileKeys: string[];
  lastSnapshot?: { headline?: string; readAt: number };
}

const CAMILLE = 'https://www.linkedin.com/in/camille-lefevre-dev/';
const READ_HEADLINE = 'Senior Frontend Engineer at Doctolib · React performance, design systems';

describe('what Guild reads, in Chromium', () => {
  const session = useGuild();

  test('a corrected headline survives a later visit (the re-read does not overwrite it)', async () => {
    const { guild } = session;
    const site = await guild.openSite(CAMILLE);
    const p = panel((await guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Camille Lefèvre'));
    await p.saveButton().click();
    await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));

    await p.page.getByRole('button', { name: 'Correct what was read' }).click();
    await p.field('Headline').fill('Design systems lead at Doctolib');
    await p.page.getByRole('button', { name: 'Keep these' }).click();
    await eventually(async () =>
      expect(await textOf(p.page.getByTestId('person-headline'))).toBe('Design systems lead at Doctolib'),
    );
    const [saved] = await readStore<StoredContact>(p.page, 'contacts');
    expect(saved).toMatchObject({ headline: 'Design systems lead at Doctolib', corrected: ['headline'] });
    const firstRead = saved!.lastSnapshot!.readAt;

    // A later visit: away to the feed and back; the panel reads her page again and refreshes the record.
    await site.page.goto('https://www.linkedin.com/feed/');
    await eventually(async () => expect(await p.personName().count()).toBe(0));
    await site.page.goto(CAMILLE);
    await eventually(async () => {
      const [again] = await readStore<StoredContact>(p.page, 'contacts');
      expect(again!.lastSnapshot!.readAt).toBeGreaterThan(firstRead);
    }, 10_000);
    const [after] = await readStore<StoredContact>(p.page, 'contacts');
    expect(after).toMatchObject({
      headline: 'Design systems lead at Doctolib',
      corrected: ['headline'],
      lastSnapshot: { headline: READ_HEADLINE },
    });
    expect(await textOf(p.page.getByTestId('person-headline'))).toBe('Design systems lead at Doctolib');
  }, 60_000);

  test('without site access the panel shows the allow button, and after allowing, the person', async () => {
    const { guild } = session;
    const site = await guild.openSite(CAMILLE);
    // Chrome's "site access: on click", as the user sets it on chrome://extensions.
    const withheld = await setSiteAccess(guild, 'ON_CLICK');
    expect(withheld.every((h) => !h.granted)).toBe(true);
    const p = panel((await guild.openPanel(site)).page);
    const allow = p.page.getByRole('button', { name: 'Allow Guild to read LinkedIn and X' });
    await eventually(async () => expect(await allow.isVisible()).toBe(true));
    expect(await p.page.getByRole('heading', { name: 'Not a profile' }).count()).toBe(0);
    expect(await p.personName().count()).toBe(0);

    // The click is the user gesture: Chrome opens its permission prompt (a request outside a
    // gesture would be refused at once and the panel would say access was not given).
    await allow.click();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await p.page.getByRole('alert').count()).toBe(0);
    // Headless Chromium cannot click its own prompt: the user's "allow" is given through
    // chrome://extensions instead, and the panel hears it (permissions.onAdded).
    await setSiteAccess(guild, 'ON_ALL_SITES');
    await eventually(async () => expect(await textOf(p.personName())).toBe('Camille Lefèvre'), 10_000);
  }, 60_000);
});
