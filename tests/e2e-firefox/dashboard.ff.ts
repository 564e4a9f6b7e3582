import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefoxGuild, type FirefoxGuild } from '../harness/firefox';
import { click, find, firefoxPanel, selectOption, textOf, visibleText } from '../harness/firefox-page';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { buildArchiveZip } from '../harness/linkedin-archive';
import { FIXTURES_DIR } from '../harness/paths';
import { expectNoRequestLeft } from './no-request';

const CONNECTIONS = path.join(FIXTURES_DIR, 'linkedin-export', 'Connections.csv');

/** Choose a file in the file input labelled so (what the file picker would hand the page). */
async function chooseFile(page: Page, label: string | RegExp, file: string) {
  const input = await find(page, 'label', label);
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  await input.dispose();
}

/**
 * One Firefox session for the dashboard: import LinkedIn's sample export,
 * download a backup, lose everything, restore it, then switch the language
 * and see the open panel follow. Nothing leaves Guild's pages.
 */
describe('Firefox: the dashboard’s import, backup and restore, and the language', () => {
  let guild: FirefoxGuild;
  let d: Page;
  beforeAll(async () => {
    guild = await launchFirefoxGuild();
    d = await guild.openDashboard();
  });
  afterAll(async () => {
    await guild?.close();
  });

  test('import the sample Connections.csv: 7 added, 2 skipped, 7 people stored', async () => {
    await eventually(async () => expect(await visibleText(d)).toContain('Your address book is empty'));
    await click(d, 'link', 'Data', 'nav');
    await eventually(async () => expect(await textOf(d, 'h1')).toBe('Data'));
    await chooseFile(d, 'Choose Connections.csv', CONNECTIONS);
    await eventually(async () =>
      expect(await textOf(d, '[data-testid="import-report"]')).toContain('Added: 7'),
    );
    expect(await textOf(d, '[data-testid="import-report"]')).toContain('Skipped: 2');
    expect(await readStore(d, 'contacts')).toHaveLength(7);
  });

  let backupFile = '';
  test('backup: “Download a backup” saves a JSON file holding the 7 contacts', async () => {
    await click(d, 'button', 'Download a backup');
    await eventually(async () => expect(await visibleText(d)).toContain('Backup downloaded (7 contacts).'));
    backupFile = await eventually(() => {
      const [name] = readdirSync(guild.downloadDir).filter((f) => /^guild-backup-.*\.json$/.test(f));
      if (!name)
        throw new Error(`no backup in ${guild.downloadDir}: ${readdirSync(guild.downloadDir).join(', ')}`);
      const file = path.join(guild.downloadDir, name);
      JSON.parse(readFileSync(file, 'utf8')); // complete, not still being written
      return file;
    });
    const backup = JSON.parse(readFileSync(backupFile, 'utf8')) as {
      tables: { contacts: { name: string }[] };
    };
    expect(backup.tables.contacts.map((c) => c.name).sort()).toEqual(
      (await readStore<{ name: string }>(d, 'contacts')).map((c) => c.name).sort(),
    );
  });

  test('restore: after losing every contact, the backup brings the 7 back', async () => {
    const before = (await readStore<{ name: string }>(d, 'contacts')).map((c) => c.name).sort();
    // Lose everything (raw IndexedDB, as a wiped profile would be), then reload the dashboard.
    await d.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('guild');
          open.onsuccess = () => {
            const tx = open.result.transaction('contacts', 'readwrite');
            tx.objectStore('contacts').clear();
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await guild.gotoExtension(d, 'options.html#/data');
    await guild.reloadExtension(d);
    expect(await readStore(d, 'contacts')).toHaveLength(0);
    await eventually(async () => expect(await textOf(d, 'h1')).toBe('Data'));
    await chooseFile(d, 'Restore from a backup file (replaces everything)', backupFile);
    await eventually(async () => expect(await visibleText(d)).toContain('Restored: 7 contacts.'));
    expect((await readStore<{ name: string }>(d, 'contacts')).map((c) => c.name).sort()).toEqual(before);
  });

  test('LinkedIn archive: the ZIP imports in the extension’s worker, then a damaged one is refused in words', async () => {
    const zip = buildArchiveZip();
    const good = path.join(guild.downloadDir, 'Basic_LinkedInDataExport_12-01-2026.zip');
    const damaged = path.join(guild.downloadDir, 'damaged.zip');
    writeFileSync(good, zip);
    writeFileSync(damaged, zip.slice(0, zip.length - 40));
    await chooseFile(d, 'Choose the archive…', good);
    await eventually(async () =>
      expect(await textOf(d, '[data-testid="archive-report"]')).toContain(
        'Connections: 8 added, 0 updated, 0 already up to date, 0 skipped',
      ),
    );
    expect(await readStore(d, 'contacts')).toHaveLength(15);
    expect(await readStore(d, 'interactions')).toHaveLength(15);
    await chooseFile(d, 'Choose the archive…', damaged);
    await eventually(async () =>
      expect(await textOf(d, '[role="alert"]')).toMatch(/^Nothing was imported: the ZIP is damaged/),
    );
    expect(await readStore(d, 'contacts')).toHaveLength(15);
  });

  test('language: French in Settings applies to the dashboard and to the open panel at once', async () => {
    const site = await guild.openSite('https://www.linkedin.com/feed/');
    const p = firefoxPanel(await guild.openPanel(site));
    await eventually(async () => expect(await p.heading()).toBe('Not a profile'));
    await d.bringToFront();
    await click(d, 'link', 'Settings', 'nav');
    await eventually(async () => expect(await textOf(d, 'h1')).toBe('Settings'));
    await selectOption(d, 'Language', 'fr');
    await click(d, 'button', 'Save settings');
    await eventually(async () => expect(await textOf(d, 'h1')).toBe('Réglages'));
    expect(await d.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await textOf(d, 'nav')).toContain('Contacts');
    await eventually(async () => expect(await p.heading()).toBe('Ce n’est pas un profil'));
    expect(await p.page.evaluate(() => document.documentElement.lang)).toBe('fr');
  });

  test('no request left Guild’s pages', () => {
    expectNoRequestLeft(guild, ['/feed/']);
  });
});
