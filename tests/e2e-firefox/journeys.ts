import { expect } from 'vitest';
import type { FirefoxGuild, FirefoxSite } from '../harness/firefox';
import { firefoxPanel, visibleText } from '../harness/firefox-page';
import { eventually } from '../harness/eventually';

/**
 * The first journey, shared by the suite and by the test that proves the
 * harness can fail (a broken build must make exactly this journey fail):
 * open a profile, the panel reads the person, Save stores them, the badge
 * shows ✓.
 */
export async function readAndSave(
  guild: FirefoxGuild,
  url: string,
  expected: { name: string; headline: string },
  timeoutMs = 10_000,
): Promise<{ site: FirefoxSite; panel: ReturnType<typeof firefoxPanel> }> {
  const site = await guild.openSite(url);
  const badge = () => guild.inExtension((b, id) => b.action.getBadgeText({ tabId: id }), site.tabId);
  const p = firefoxPanel(await guild.openPanel(site));
  await eventually(async () => expect(await p.personName()).toBe(expected.name), timeoutMs);
  expect(await visibleText(p.page)).toContain(expected.headline);
  expect(await p.status()).toBe('Not saved yet');
  expect(await badge()).toBe('');
  await p.save();
  await eventually(async () => expect(await p.status()).toContain('In your address book'), timeoutMs);
  await eventually(async () => expect(await badge()).toBe('✓'), timeoutMs);
  return { site, panel: p };
}
