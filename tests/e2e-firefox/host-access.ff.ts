import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefoxGuild, type FirefoxGuild } from '../harness/firefox';
import { click, count, firefoxPanel, visibleText } from '../harness/firefox-page';
import { eventually } from '../harness/eventually';
import { HOST_PERMISSIONS } from '../../wxt.config';
import { expectNoRequestLeft } from './no-request';

/**
 * Host access withheld, as Firefox users choose it (and as Firefox leaves it
 * for an add-on whose site access was revoked): with
 * `extensions.originControls.grantByDefault = false` Guild's LinkedIn and X
 * origins start ungranted. The panel says why it cannot read, offers one
 * button, and reads once it is clicked. Firefox's permission prompt is
 * answered "allow" by pref (`extensions.webextOptionalPermissionPrompts`):
 * the test proves the click reaches `permissions.request` as a user gesture.
 */
describe('Firefox: host access withheld → the panel explains, one click allows, then it reads', () => {
  let guild: FirefoxGuild;
  beforeAll(async () => {
    guild = await launchFirefoxGuild({
      prefs: {
        'extensions.originControls.grantByDefault': false,
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
  });
  afterAll(async () => {
    await guild?.close();
  });

  const hasAccess = () =>
    guild.inExtension((b, origins) => b.permissions.contains({ origins }), HOST_PERMISSIONS);

  test('the panel says Guild may not read the tab (never “not a profile”) and offers the one button; a click grants access and the person is read', async () => {
    expect(await hasAccess()).toBe(false);
    const site = await guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    const p = firefoxPanel(await guild.openPanel(site));
    await eventually(async () => expect(await p.heading()).toBe('Guild may not read this tab'));
    expect(await visibleText(p.page)).toContain('has not given Guild access to LinkedIn and X');
    expect(await visibleText(p.page)).not.toContain('Not a profile');
    expect(await p.personName()).toBeNull();

    await click(p.page, 'button', 'Allow Guild to read LinkedIn and X');
    await eventually(async () => expect(await hasAccess()).toBe(true));
    await eventually(async () => expect(await p.personName()).toBe('Camille Lefèvre'), 15_000);
    expect(await count(p.page, 'button', 'Allow Guild to read LinkedIn and X')).toBe(0);
    await p.save();
    await eventually(async () => expect(await p.status()).toContain('In your address book'));
  });

  test('once allowed, X reads too (one grant covers LinkedIn and X)', async () => {
    const site = await guild.openSite('https://x.com/TaminoMartinius');
    const p = firefoxPanel(await guild.openPanel(site));
    await eventually(async () => expect(await p.personName()).toBe('Tamino Martinius'));
  });

  test('no request left Guild’s pages', () => {
    expectNoRequestLeft(guild, ['/in/camille-lefevre-dev/', '/TaminoMartinius']);
  });
});
