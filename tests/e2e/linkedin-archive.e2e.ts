import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../harness/axe';
import { readStore } from '../harness/database';
import { eventually } from '../harness/eventually';
import { buildArchiveZip } from '../harness/linkedin-archive';
import { useGuild } from '../harness/use-guild';

/** The fixture archive's messages run to November 2026: "the last 12 months" are read from here. */
const NOW = new Date('2026-12-01T12:00:00Z');

/** Drop files on the archive drop zone the way a browser does (a DragEvent holding a DataTransfer). */
async function dropFile(page: Page, bytes: Uint8Array, name: string): Promise<void> {
  const data = page.getByTestId('archive-drop-zone');
  const transfer = await page.evaluateHandle(
    ({ base64, fileName }) => {
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([raw], fileName, { type: 'application/zip' }));
      return dt;
    },
    { base64: Buffer.from(bytes).toString('base64'), fileName: name },
  );
  await data.dispatchEvent('dragover', { dataTransfer: transfer });
  await data.dispatchEvent('drop', { dataTransfer: transfer });
}

type Stored = Record<string, unknown> & { id: number; name: string; circle: string; contactId: number };

/**
 * A new user drops LinkedIn's archive on the Data section: contacts, last
 * interactions and monthly message counts arrive, the close circle is
 * suggested and confirmed, and Monday's routine names real people on day one.
 */
describe('LinkedIn archive, end to end', () => {
  const session = useGuild({ scope: 'all' });
  let page: Page;

  beforeAll(async () => {
    page = await session.guild.openDashboard();
    // The suggestion reads "the last 12 months" from the page's clock.
    await page.clock.setFixedTime(NOW);
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Data', exact: true }).click();
  });

  test('1. drop the archive ZIP → one report, per file', async () => {
    await eventually(async () => expect(await page.locator('h1').first().textContent()).toBe('Data'));
    // The import runs in the extension's worker, not on the dashboard's thread.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    // A damaged download first: refused in words by the worker, nothing written.
    const zip = buildArchiveZip();
    await dropFile(page, zip.slice(0, zip.length - 40), 'Basic_LinkedInDataExport_12-01-2026.zip');
    await eventually(async () =>
      expect(await page.getByRole('alert').textContent()).toMatch(
        /^Nothing was imported: the ZIP is damaged/,
      ),
    );
    expect(await readStore(page, 'contacts')).toEqual([]);
    await dropFile(page, zip, 'Complete_LinkedInDataExport_12-01-2026.zip');
    const report = page.getByTestId('archive-report');
    await eventually(async () =>
      expect(
        await report.getByText('Connections: 8 added, 0 updated, 0 already up to date, 0 skipped').count(),
      ).toBe(1),
    );
    expect(await report.getByText('Messages: 17 messages with 5 contacts').count()).toBe(1);
    const files = await page.getByTestId('archive-files').locator('li').allTextContents();
    expect(files).toContain('messages.csv: used: 20 rows read, 17 used');
    expect(files).toContain('Skills.csv: not used');
    expect(files).toContain('parsers.html: not used');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(workers).toEqual(['/archive-worker.js', '/archive-worker.js']);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('2. what was stored: contacts, last interactions, monthly timeline entries', async () => {
    const contacts = await readStore<Stored>(page, 'contacts');
    expect(contacts).toHaveLength(8);
    const ben = contacts.find((c) => c.name === 'Ben Sample')!;
    expect(ben.lastInteractionAt).toBe(Date.UTC(2026, 10, 20, 10));
    const interactions = await readStore<Stored>(page, 'interactions');
    expect(interactions).toHaveLength(15);
    expect(interactions.filter((i) => i.contactId === ben.id)).toHaveLength(5);
    const invitations = await readStore<Stored>(page, 'invitations');
    expect(invitations.map((i) => i.name).sort()).toEqual(['Eve Invented', 'Finn Madeup, PhD']);
    expect(await page.getByTestId('pending-invitations').getByRole('link').allTextContents()).toEqual([
      'Finn Madeup, PhD',
      'Eve Invented',
    ]);
    // The button beside each says what it does, and its name carries the visible words.
    const dealt = page.getByRole('button', { name: 'Mark as dealt with: the invitation with Eve Invented' });
    expect(await dealt.textContent()).toBe('Mark as dealt with');
    await dealt.click();
    await eventually(async () =>
      expect(await page.getByTestId('pending-invitations').getByRole('link').allTextContents()).toEqual([
        'Finn Madeup, PhD',
      ]),
    );
    const eve = (await readStore<Stored>(page, 'invitations')).find((i) => i.name === 'Eve Invented');
    expect(eve?.doneAt).toEqual(expect.any(Number));
  });

  test("3. Ben's page: the timeline says the months in words", async () => {
    const ben = (await readStore<Stored>(page, 'contacts')).find((c) => c.name === 'Ben Sample')!;
    const data = page.url();
    await page.goto(`${data.split('#')[0]}#/contacts/${ben.id}`);
    const facts = page.getByTestId('archive-fact');
    await eventually(async () => expect(await facts.count()).toBe(5));
    expect(await facts.allTextContents()).toEqual([
      '3 messages in November 2026 (2 sent, 1 received)',
      '3 messages in October 2026 (1 sent, 2 received)',
      '1 message in August 2026 (1 sent, 0 received)',
      '1 message in June 2025 (1 sent, 0 received)',
      'They endorsed you for Rust and SQL',
    ]);
    await page.goto(data);
  });

  test('4. the close circle: suggested from 12 months of messages, changed, confirmed', async () => {
    await eventually(async () => expect(await page.locator('h1').first().textContent()).toBe('Data'));
    // The report is gone after navigating away; the screen comes with a new import (same archive: nothing changes).
    await dropFile(page, buildArchiveZip(), 'Complete_LinkedInDataExport_12-01-2026.zip');
    const circle = page.getByTestId('close-circle');
    await eventually(async () => expect(await circle.getByRole('checkbox').count()).toBe(4));
    expect(await page.getByTestId('archive-report').getByText('Connections: 0 added').count()).toBe(1);
    const boxes = circle.getByRole('checkbox');
    expect(await circle.locator('.candidates li').allTextContents()).toEqual([
      'Ben Sample7 messages in 12 months',
      'Cleo Demo4 messages in 12 months',
      'José Ejemplo3 messages in 12 months',
      'Dan Placeholder1 message in 12 months',
    ]);
    for (let i = 0; i < 4; i += 1) expect(await boxes.nth(i).isChecked()).toBe(true);
    await circle.getByRole('checkbox', { name: /Dan Placeholder/ }).uncheck();
    await circle.getByRole('searchbox', { name: 'Add someone else' }).fill('Ivo');
    await circle.getByRole('button', { name: 'Add Ivo Quiet' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await circle.getByRole('button', { name: 'Confirm my close circle (4)' }).click();
    await eventually(async () =>
      expect(
        (await readStore<Stored>(page, 'contacts'))
          .filter((c) => c.circle === 'close')
          .map((c) => c.name)
          .sort(),
      ).toEqual(['Ben Sample', 'Cleo Demo', 'Ivo Quiet', 'José Ejemplo']),
    );
  });

  test("5. Monday's list names real people on day one", async () => {
    await page.getByRole('link', { name: 'See Monday’s list' }).click();
    const list = page.locator('.routine-list li');
    await eventually(async () => expect(await list.count()).toBe(4));
    const names = (await list.allTextContents()).map((text) => text.replace(/Check.*$/, ''));
    for (const name of ['Ben Sample', 'Cleo Demo', 'Ivo Quiet', 'José Ejemplo']) {
      expect(names.some((text) => text.includes(name))).toBe(true);
    }
  });
});
