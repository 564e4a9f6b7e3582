import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildContact, getDb } from '@/lib/db';
import { loadLanguage, setLanguage } from '@/lib/i18n';
import { ArchiveReportView } from '@/components/dashboard/data/ArchiveReportView';
import { ImportArchive } from '@/components/dashboard/data/ImportArchive';
import type { ArchiveSummary } from '@/lib/io/archive/summary';
import { unfinishedWork } from '@/components/dashboard/data/unfinished-work';
import { everything } from '../db/db-fixture';

/** A PNG's first bytes: what a user drops by mistake from the same Downloads folder. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

const file = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name);

function drop(...files: File[]) {
  fireEvent.drop(screen.getByTestId('archive-drop-zone'), { dataTransfer: { files } });
}

/** The refusal as the user sees it: the reader is loaded on the first file, slow on a loaded machine. */
const refusal = () => screen.findByRole('alert', {}, { timeout: 15_000 });

function choose(label: string, ...files: File[]) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

/** Issue 15: the archive drop zone refuses what is not LinkedIn's archive in words, and writes nothing. */
describe('ImportArchive: a file that is not the archive', () => {
  let before: Awaited<ReturnType<typeof everything>>;

  beforeEach(async () => {
    const db = getDb();
    await Promise.all(db.tables.map((table) => table.clear()));
    // Someone already there: a refused file must leave them exactly as they were.
    await db.contacts.add(buildContact({ name: 'Ada Lovelace', company: 'Analytical' }, 1000));
    before = await everything(db);
  });
  afterEach(() => {
    cleanup();
    setLanguage('en');
  });

  test('dropping an image says it is neither a ZIP nor a CSV of the archive, and stores nothing', async () => {
    render(<ImportArchive />);
    drop(file(PNG, 'photo.png'));
    const alert = await refusal();
    expect(alert.textContent).toBe(
      'Nothing was imported: this file is neither a ZIP nor a CSV file of LinkedIn’s archive.',
    );
    expect(await everything(getDb())).toEqual(before);
    expect(await unfinishedWork()).toBeUndefined();
    expect(screen.queryByTestId('archive-report')).toBeNull();
  });

  test('choosing a file named .zip that is not a ZIP is refused the same way', async () => {
    render(<ImportArchive />);
    choose('Choose the archive…', file(strToU8('First Name,Last Name\nAda,Lovelace\n'), 'archive.zip'));
    expect((await refusal()).textContent).toBe(
      'Nothing was imported: this file is neither a ZIP nor a CSV file of LinkedIn’s archive.',
    );
    expect(await everything(getDb())).toEqual(before);
  });

  test('a real ZIP of something else says it holds none of LinkedIn’s files', async () => {
    render(<ImportArchive />);
    drop(file(zipSync({ 'holiday/notes.txt': strToU8('sea') }), 'holiday.zip'));
    expect((await refusal()).textContent).toMatch(/^Nothing was imported: .+/);
    expect((await refusal()).textContent).not.toMatch(/neither a ZIP/);
    expect(await everything(getDb())).toEqual(before);
  });

  test('in French when the UI is in French, all of it', async () => {
    await loadLanguage('fr');
    setLanguage('fr');
    render(<ImportArchive />);
    drop(file(PNG, 'photo.png'));
    expect((await refusal()).textContent).toBe(
      'Rien n’a été importé\u00a0: ce fichier n’est ni un ZIP ni un fichier CSV de l’archive LinkedIn.',
    );
    expect(await everything(getDb())).toEqual(before);
  });

  test('a worker that dies mid-import says so in words, in each language, and nothing is written', async () => {
    // The browser's worker failing to load or crashing: what the page hears is an error event.
    class DyingWorker {
      onerror?: (event: Event) => void;
      postMessage() {
        queueMicrotask(() => this.onerror?.(new Event('error')));
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', DyingWorker);
    try {
      render(<ImportArchive />);
      drop(file(zipSync({ 'Connections.csv': strToU8('x') }), 'archive.zip'));
      expect((await refusal()).textContent).toBe(
        'Nothing was imported: the import stopped before it finished. Try again.',
      );
      cleanup();
      await loadLanguage('fr');
      setLanguage('fr');
      render(<ImportArchive />);
      drop(file(zipSync({ 'Connections.csv': strToU8('x') }), 'archive.zip'));
      expect((await refusal()).textContent).toBe(
        'Rien n’a été importé\u00a0: l’import s’est arrêté avant la fin. Réessayez.',
      );
      expect(await everything(getDb())).toEqual(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

/** Hand check, 2026-12-07: a damaged download said “(the end of the ZIP is missing)” in French, and file lines had English colons. */
describe('ImportArchive: a damaged download and the report, in the UI language only', () => {
  beforeEach(async () => {
    const db = getDb();
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  afterEach(() => {
    cleanup();
    setLanguage('en');
  });

  const cut = () => {
    const zip = zipSync({ 'Connections.csv': strToU8('First Name,Last Name,URL\nAda,Lovelace,\n') });
    return file(zip.slice(0, zip.length - 40), 'Basic_LinkedInDataExport.zip');
  };

  test('a ZIP cut short says its end is missing, in English then in French', async () => {
    render(<ImportArchive />);
    drop(cut());
    expect((await refusal()).textContent).toBe(
      'Nothing was imported: the ZIP is damaged or incomplete (the end of the ZIP is missing). Download the archive from LinkedIn again.',
    );
    cleanup();
    await loadLanguage('fr');
    setLanguage('fr');
    render(<ImportArchive />);
    drop(cut());
    expect((await refusal()).textContent).toBe(
      'Rien n’a été importé\u00a0: le ZIP est endommagé ou incomplet (la fin du ZIP manque). Téléchargez à nouveau l’archive depuis LinkedIn.',
    );
  });

  const none = { added: 0, updated: 0, unchanged: 0 };
  const unmatched = { notAContact: 0, ambiguous: 0 };
  const summary = (change: Partial<ArchiveSummary> = {}): ArchiveSummary => ({
    files: [],
    entries: { messages: none, invitation: none, recommendation: none, endorsement: none },
    messages: { counted: 0, people: 0, unattributed: 0 },
    unmatched: {
      messages: unmatched,
      invitations: unmatched,
      recommendations: unmatched,
      endorsements: unmatched,
    },
    pending: { sent: 0, received: 0 },
    lastInteractionsMoved: 0,
    keepInTouchDone: 0,
    ...change,
  });
  const lines = () =>
    [...screen.getByTestId('archive-report').querySelectorAll('li')].map((li) => li.textContent);

  test('each file’s line in the report has French typography in French', async () => {
    await loadLanguage('fr');
    setLanguage('fr');
    render(
      <ArchiveReportView
        report={summary({
          files: [
            { name: 'Connections.csv', status: 'used', rows: 8, used: 8, badDates: 0 },
            { name: 'Skills.csv', status: 'not-used', rows: 0, used: 0, badDates: 0 },
          ],
        })}
      />,
    );
    expect(lines()).toEqual([
      'Connections.csv\u00a0: utilisé\u00a0: 8 lignes lues, 8 utilisées',
      'Skills.csv\u00a0: non utilisé',
    ]);
  });

  test('counts of one are said in the singular, in English and in French', async () => {
    const report = summary({
      files: [{ name: 'Recommendations_Given.csv', status: 'used', rows: 1, used: 1, badDates: 0 }],
      unmatched: {
        messages: { notAContact: 1, ambiguous: 0 },
        invitations: { notAContact: 2, ambiguous: 1 },
        recommendations: unmatched,
        endorsements: unmatched,
      },
      pending: { sent: 1, received: 1 },
    });
    render(<ArchiveReportView report={report} />);
    expect(lines()).toEqual([
      'Messages: 1 person is not in your contacts, 0 names match several contacts (left out, never guessed)',
      'Invitations: 2 people are not in your contacts, 1 name matches several contacts (left out, never guessed)',
      'Open invitations: 1 you sent, 1 waiting for your answer',
      'Recommendations_Given.csv: used: 1 row read, 1 used',
    ]);
    cleanup();
    await loadLanguage('fr');
    setLanguage('fr');
    render(<ArchiveReportView report={report} />);
    expect(lines()).toEqual([
      'Messages\u00a0: 1 personne n’est pas dans vos contacts, 0 noms correspondent à plusieurs contacts (ignorés, jamais devinés)',
      'Invitations\u00a0: 2 personnes ne sont pas dans vos contacts, 1 nom correspond à plusieurs contacts (ignorés, jamais devinés)',
      'Invitations en attente\u00a0: 1 envoyée par vous, 1 attend votre réponse',
      'Recommendations_Given.csv\u00a0: utilisé\u00a0: 1 ligne lue, 1 utilisée',
    ]);
  });
});
