import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { launchGuild, type GuildBrowser } from '../harness/guild';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';

/**
 * Imports in real Chromium: the dashboard closed in the middle of an import
 * leaves all or nothing and tells the user on the next visit; a 50 MB file
 * is refused without freezing the page (longest main-thread task measured
 * with a PerformanceObserver for 'longtask').
 */

/**
 * A file on disk: handing Playwright a path lets Chromium read it as a user's
 * file would (a Buffer is rebuilt inside the page from base64, itself a long task).
 */
let dir = '';
function onDisk(buffer: Buffer): string {
  const file = path.join(dir, `Connections-${buffer.length}.csv`);
  writeFileSync(file, buffer);
  return file;
}

function connections(rows: number): Buffer {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `P${i},Q${i},https://www.linkedin.com/in/p-${i},p${i}@example.org,Company ${i % 997},Engineer,15 Mar 2024`,
    );
  return Buffer.from(lines.join('\n'));
}

async function openData(guild: GuildBrowser): Promise<Page> {
  const page = await guild.openDashboard();
  await page.goto(`chrome-extension://${guild.extensionId}/options.html#/data`);
  await page.getByLabel('Choose Connections.csv', { exact: true }).waitFor({ state: 'attached' });
  return page;
}

/** Start recording long tasks; returns a reader of the longest so far (ms). */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as { __longest?: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest ?? 0, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  return () => page.evaluate(() => (window as { __longest?: number }).__longest ?? 0);
}

describe('imports in Chromium', () => {
  let guild: GuildBrowser;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'guild-import-'));
    guild = await launchGuild();
  });
  afterEach(async () => {
    await guild?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test(
    'the dashboard closed mid-import: all or nothing, and the next visit says so',
    { timeout: 120_000 },
    async () => {
      const rows = 30_000;
      const page = await openData(guild);
      await page
        .getByLabel('Choose Connections.csv', { exact: true })
        .setInputFiles(onDisk(connections(rows)));
      // Wait until the write phase has begun, then close the page as a user closing the tab would.
      await eventually(
        async () =>
          expect(
            Number(await page.locator('progress').first().getAttribute('value', { timeout: 200 })),
          ).toBeGreaterThan(0),
        60_000,
        20,
      );
      await page.close();

      const again = await openData(guild);
      const stored = (await readStore(again, 'contacts')).length;
      console.info(`closed mid-import: ${stored} of ${rows} contacts stored`);
      expect([0, rows]).toContain(stored);
      if (stored === 0) {
        const notice = again.getByRole('alert').filter({ hasText: 'was cut off' });
        await eventually(async () => expect(await notice.count()).toBe(1));
        await again.getByRole('button', { name: 'Understood' }).click();
        await eventually(async () => expect(await notice.count()).toBe(0));
      }
    },
  );

  test(
    'a 50 MB file: refused with a clear report, nothing written, the page stays responsive',
    { timeout: 120_000 },
    async () => {
      const page = await openData(guild);
      const longest = await watchLongTasks(page);
      const file = connections(480_000);
      expect(file.length).toBeGreaterThan(50_000_000);
      await page.getByLabel('Choose Connections.csv', { exact: true }).setInputFiles(onDisk(file));
      await eventually(
        async () => expect(await page.getByText(/the file is 5\d MB/).count()).toBe(1),
        60_000,
      );
      const ms = await longest();
      console.info(`50 MB import attempt: longest main-thread task ${Math.round(ms)} ms`);
      expect(await readStore(page, 'contacts')).toEqual([]);
      expect(ms).toBeLessThan(2000);
    },
  );

  test(
    'a real-sized export (30,000 connections): longest main-thread task, reported',
    { timeout: 180_000 },
    async () => {
      const page = await openData(guild);
      const longest = await watchLongTasks(page);
      await page
        .getByLabel('Choose Connections.csv', { exact: true })
        .setInputFiles(onDisk(connections(30_000)));
      // Wait on the report, not by reading the store: serialising 30,000 records into the test
      // is itself a long task in the page, and would be measured instead of Guild.
      await page.getByTestId('import-report').waitFor({ timeout: 90_000 });
      const ms = await longest();
      console.info(`30,000-row import: longest main-thread task ${Math.round(ms)} ms`);
      // Measured 980 ms on a loaded 2-core VM (parse + build in one task); a generous bound
      // that still catches a return to multi-second freezes.
      expect(ms).toBeLessThan(5000);
      expect(await page.getByTestId('import-report').textContent()).toContain('30000');
      expect((await readStore(page, 'contacts')).length).toBe(30_000);
    },
  );
});
