import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildContact, getDb, getSettings, updateSettings } from '@/lib/db';
import { DataSection } from '@/components/dashboard/sections/DataSection';
import { parseRoute } from '@/components/dashboard/router';
import { FIXTURES_DIR } from '../../harness/paths';

const CONNECTIONS = readFileSync(path.join(FIXTURES_DIR, 'linkedin-export', 'Connections.csv'), 'utf8');

function choose(label: string | RegExp, name: string, text: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
}

/** Downloads are captured: the Blob handed to createObjectURL, and the file name clicked. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:guild/1';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: last! });
  });
  return files;
}

const section = () => render(<DataSection route={parseRoute('#/data')} />);

describe('Data section', () => {
  beforeEach(async () => {
    const db = getDb();
    await Promise.all([db.contacts.clear(), db.settings.clear(), db.snippets.clear()]);
  });
  afterEach(() => vi.restoreAllMocks());

  test('imports Connections.csv with a report of rows and reasons; again, nothing is added', async () => {
    section();
    choose('Choose Connections.csv', 'Connections.csv', CONNECTIONS);
    const report = await screen.findByTestId('import-report');
    expect(within(report).getByText('Added: 7')).toBeTruthy();
    expect(within(report).getByText('Skipped: 2')).toBeTruthy();
    expect(within(report).getByText(/Row \d+: no name/)).toBeTruthy();
    expect(within(report).getByText(/Row \d+: the same person as row \d+/)).toBeTruthy();
    expect(await getDb().contacts.count()).toBe(7);

    choose('Choose Connections.csv', 'Connections.csv', CONNECTIONS);
    await waitFor(() => expect(screen.getByText('Already up to date: 7')).toBeTruthy());
    expect(await getDb().contacts.count()).toBe(7);
  });

  test('a file that is not the export says so and imports nothing', async () => {
    section();
    choose('Choose Connections.csv', 'notes.csv', 'a,b\n1,2\n');
    expect(await screen.findByText(/no header row with “First Name”/)).toBeTruthy();
    expect(await getDb().contacts.count()).toBe(0);
  });

  test('backup downloads JSON; restore checks first, then replaces everything with Undo', async () => {
    const files = captureDownloads();
    await getDb().contacts.add(buildContact({ name: 'Ada Lovelace', company: 'Analytical' }, 1000));
    await updateSettings(getDb(), { routineTime: '07:00' });
    section();
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toMatch(/^guild-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = await files[0]!.blob.text();
    expect(JSON.parse(backup).tables.contacts).toHaveLength(1);

    const broken = JSON.parse(backup);
    broken.tables.contacts[0].name = '';
    choose(/Restore from a backup file/, 'b.json', JSON.stringify(broken));
    expect(await screen.findByText('Contact 1: the name is empty')).toBeTruthy();
    expect(await getDb().contacts.count()).toBe(1);

    await getDb().contacts.add(buildContact({ name: 'Added Later' }, 2000));
    choose(/Restore from a backup file/, 'b.json', backup);
    await waitFor(async () => expect(await getDb().contacts.count()).toBe(1));
    expect(await screen.findByText('Restored: 1 contacts.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getDb().contacts.count()).toBe(2));
  });

  test('exports CSV (formulas neutralised) and vCard', async () => {
    const files = captureDownloads();
    await getDb().contacts.add(buildContact({ name: 'Sofia Rossi', company: '=HYPERLINK("x")' }, 1000));
    section();
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV (spreadsheet)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const csv = await files[0]!.blob.text();
    expect(csv).toContain("'=HYPERLINK");
    fireEvent.click(screen.getByRole('button', { name: 'Export as vCard (address book)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files[1]!.name).toMatch(/\.vcf$/);
    expect(await files[1]!.blob.text()).toContain('FN:Sofia Rossi');
  });

  test('delete everything needs the typed word', async () => {
    await getDb().contacts.add(buildContact({ name: 'Ada' }, 1000));
    await updateSettings(getDb(), { routineTime: '07:00' });
    section();
    const button = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    const word = screen.getByLabelText('Type DELETE to confirm');
    fireEvent.change(word, { target: { value: 'DELET' } });
    expect(button.disabled).toBe(true);
    fireEvent.change(word, { target: { value: 'delete' } });
    fireEvent.click(button);
    expect(await screen.findByText('Everything was deleted.')).toBeTruthy();
    expect(await getDb().contacts.count()).toBe(0);
    expect((await getSettings(getDb())).routineTime).toBe('09:00');
  });
});
