import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { bigBackupContacts, bigBackupText } from '../harness/big-backup';
import { launchGuild, type GuildBrowser } from '../harness/guild';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';

/**
 * Issue 15 in real Chromium: a Windows-1252 re-save of Connections.csv reads
 * as written and says so; a refused file shows one clear reason; a 34 MB
 * backup (32,000 contacts) is checked without freezing the dashboard
 * (longest main-thread task measured with a PerformanceObserver, split at the
 * moment the restore's progress bar appears: before it, Guild is checking).
 */

let dir = '';
function onDisk(name: string, content: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The Connections.csv input (the archive's drop zone comes first on the page). */
const connectionsInput = (page: Page) => page.getByLabel('Choose Connections.csv', { exact: true });

async function openData(guild: GuildBrowser): Promise<Page> {
  const page = await guild.openDashboard();
  await page.goto(`chrome-extension://${guild.extensionId}/options.html#/data`);
  await connectionsInput(page).waitFor({ state: 'attached' });
  return page;
}

/** Long tasks with their start, and when the first progress bar appeared (performance.now clock). */
async function watch(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: [number, number][]; __progressAt?: number };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: false });
    new MutationObserver(() => {
      if (w.__progressAt === undefined && document.querySelector('progress'))
        w.__progressAt = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __tasks: [number, number][]; __progressAt?: number };
      const at = w.__progressAt ?? Infinity;
      const longest = (tasks: [number, number][]) => Math.max(0, ...tasks.map(([, d]) => d));
      return {
        checking: longest(w.__tasks.filter(([s]) => s < at)),
        writing: longest(w.__tasks.filter(([s]) => s >= at)),
        tasks: w.__tasks.length,
      };
    });
}

const CSV_1252 = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Camille,Lefèvre,https://www.linkedin.com/in/camille-lefevre,,Société Générale,Ingénieure,16.09.2021',
  'Jürgen,Weiß,https://www.linkedin.com/in/juergen-weiss,,Müller & Söhne,Entwickler,03.04.2022',
].join('\r\n');

describe('import you can trust, in Chromium', () => {
  let guild: GuildBrowser;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'guild-trust-'));
    guild = await launchGuild();
  });
  afterEach(async () => {
    await guild?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a Windows-1252 re-save: the names as written, the encoding said', { timeout: 90_000 }, async () => {
    const page = await openData(guild);
    const file = onDisk('Connections.csv', Buffer.from(CSV_1252, 'latin1'));
    await connectionsInput(page).setInputFiles(file);
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.textContent()).toContain('Read as Windows-1252');
    expect(await report.textContent()).toContain('Added: 2');
    const stored = await readStore<{ name: string; company: string; connectedOn: number }>(page, 'contacts');
    expect(stored.map((c) => [c.name, c.company, c.connectedOn]).sort()).toEqual([
      ['Camille Lefèvre', 'Société Générale', Date.UTC(2021, 8, 16)],
      ['Jürgen Weiß', 'Müller & Söhne', Date.UTC(2022, 3, 3)],
    ]);
  });

  test('a refused file: one reason for the file, nothing written', { timeout: 90_000 }, async () => {
    const page = await openData(guild);
    const cut = 'First Name,Last Name,URL\nAda,Lovelace,https://www.linkedin.com/in/ada\nBob,"Stone';
    await connectionsInput(page).setInputFiles(onDisk('Connections.csv', cut));
    const report = page.getByTestId('import-report');
    await report.waitFor({ timeout: 30_000 });
    await eventually(async () =>
      expect((await report.innerText()).trim()).toMatch(
        /^Nothing was imported: row 3 is cut off inside a quoted cell \(an interrupted download\?\): export the file from LinkedIn again\.\s+Read as UTF-8\.$/,
      ),
    );
    expect(await report.innerText()).not.toMatch(/Skipped|Row 1/);
    expect(await readStore(page, 'contacts')).toEqual([]);
  });

  test(
    'a 34 MB backup of 32,000 contacts: checked in slices, then restored',
    { timeout: 300_000 },
    async () => {
      const text = bigBackupText(bigBackupContacts(32_000));
      const mb = text.length / 1e6;
      expect(mb).toBeGreaterThan(33);
      const page = await openData(guild);
      const longest = await watch(page);
      await page.getByLabel('Restore from a backup file').setInputFiles(onDisk('backup.json', text));
      await page.getByText('Restored: 32000 contacts.').waitFor({ timeout: 240_000 });
      const ms = await longest();
      console.info(
        `restore ${mb.toFixed(1)} MB / 32,000 contacts: longest task while checking ${Math.round(ms.checking)} ms, while writing ${Math.round(ms.writing)} ms (${ms.tasks} long tasks)`,
      );
      // The goal is no task over 50 ms. Measured on the shared 2-core VM (load average ~20):
      // 9,284 ms before (Blob.text() then one JSON.parse and one Zod pass); 293 ms after (read
      // in 1 MB parts, scanned and validated in slices; no single step of Guild's is near it:
      // the rest is the machine). A bound the old code fails by far, with room for the load.
      expect(ms.checking).toBeLessThan(1000);
      expect((await readStore(page, 'contacts')).length).toBe(32_000);
    },
  );
});
