import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { buildContact, getDb, GuildDatabase } from '@/lib/db';
import { setLanguage } from '@/lib/i18n';
import { checkBackupInSlices, createBackup, serializeBackup } from '@/lib/io';
import { BackupRestore } from '@/components/dashboard/data/BackupRestore';
import { freshDbName } from '../helpers';

// The check, gated by the test when it asks (the real one runs otherwise).
vi.mock('@/lib/io', async (importOriginal) => {
  const io = await importOriginal<typeof import('@/lib/io')>();
  return { ...io, checkBackupInSlices: vi.fn(io.checkBackupInSlices) };
});
const realCheck = (await vi.importActual<typeof import('@/lib/io')>('@/lib/io')).checkBackupInSlices;

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** A file whose reading waits for `reading` (or fails with `error`), as a big file on a busy disk. */
function slowFile(text: string, reading: Promise<void>, error?: Error): File {
  const file = new File([text], 'guild-backup.json', { type: 'application/json' });
  const slice = file.slice.bind(file);
  file.slice = (start?: number, end?: number) => {
    const part = slice(start, end);
    part.arrayBuffer = async () => {
      await reading;
      if (error) throw error;
      return Blob.prototype.arrayBuffer.call(part);
    };
    return part;
  };
  return file;
}

/** A backup of one contact, Grace Hopper, made in a database of its own. */
async function graceBackup(): Promise<string> {
  const other = new GuildDatabase(freshDbName());
  await other.contacts.add(buildContact({ name: 'Grace Hopper' }, 1000));
  const text = serializeBackup(await createBackup(other));
  other.close();
  await other.delete();
  return text;
}

const WORDS = {
  en: {
    backup: 'Download a backup',
    restore: /Restore from a backup file/,
    progress: 'Restore progress',
    reading: 'Reading the file: 0%',
    checking: 'Checking the file: 40%',
    done: 'Restored: 1 contacts.',
    unreadable: 'This file could not be read, so nothing was changed.',
    refused: 'This file cannot be restored; nothing was changed.',
  },
  fr: {
    backup: 'Télécharger une sauvegarde',
    restore: /Restaurer depuis une sauvegarde/,
    progress: 'Progression de la restauration',
    reading: 'Lecture du fichier\u00a0: 0\u00a0%',
    checking: 'Vérification du fichier\u00a0: 40\u00a0%',
    done: 'Restauré\u00a0: 1 contacts.',
    unreadable: 'Impossible de lire ce fichier, donc rien n’a été modifié.',
    refused: 'Ce fichier ne peut pas être restauré\u202f; rien n’a été modifié.',
  },
} as const;

describe.each(['en', 'fr'] as const)('Restore from a backup file: progress and errors (%s)', (language) => {
  const w = WORDS[language];
  const input = () => screen.getByLabelText(w.restore) as HTMLInputElement;
  const button = () => screen.getByRole('button', { name: w.backup }) as HTMLButtonElement;
  const choose = (file: File) => {
    Object.defineProperty(input(), 'files', { value: [file], configurable: true });
    fireEvent.change(input());
  };
  /** Found as the user reads it (Testing Library folds no-break spaces), then checked to the letter. */
  const shown = async (text: string) => {
    const found = await screen.findByText(text.replace(/\s+/g, ' '));
    expect(found.textContent).toBe(text);
  };
  const names = async () => (await getDb().contacts.toArray()).map((c) => c.name);
  const expectIdle = () => {
    expect(input().disabled).toBe(false);
    expect(button().disabled).toBe(false);
    expect(screen.queryByRole('progressbar')).toBeNull();
  };

  beforeEach(async () => {
    setLanguage(language);
    await getDb().contacts.clear();
    await getDb().contacts.add(buildContact({ name: 'Ada Lovelace' }, 1000));
  });
  afterEach(() => {
    setLanguage('en');
    vi.mocked(checkBackupInSlices).mockReset().mockImplementation(realCheck);
  });

  test('reading and checking show their progress; both controls stay off until the restore ends', async () => {
    const text = await graceBackup();
    const read = gate();
    const check = gate();
    vi.mocked(checkBackupInSlices).mockImplementationOnce(async (parts, onProgress) => {
      onProgress?.({ phase: 'checking', done: 40, total: 100 });
      await check.opened;
      return realCheck(parts, onProgress);
    });
    render(<BackupRestore />);
    choose(slowFile(text, read.opened));

    await shown(w.reading);
    expect(screen.getByRole('progressbar', { name: w.progress })).toBeTruthy();
    expect(input().disabled).toBe(true);
    expect(button().disabled).toBe(true);

    read.open();
    await shown(w.checking);
    expect(input().disabled).toBe(true);
    expect(button().disabled).toBe(true);
    expect(await names()).toEqual(['Ada Lovelace']);

    check.open();
    await shown(w.done);
    expect(await names()).toEqual(['Grace Hopper']);
    expectIdle();
  });

  test('a file that cannot be read is said in words; nothing is changed and the controls come back', async () => {
    const read = gate();
    render(<BackupRestore />);
    const error = new DOMException('The requested file could not be read', 'NotReadableError');
    choose(slowFile(await graceBackup(), read.opened, error));
    await shown(w.reading);
    read.open();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(w.unreadable);
    expect(await names()).toEqual(['Ada Lovelace']);
    expectIdle();
  });

  test('after a refused file, the progress is gone and the controls come back', async () => {
    const backup = JSON.parse(await graceBackup());
    backup.tables.contacts[0].name = '';
    render(<BackupRestore />);
    choose(new File([JSON.stringify(backup)], 'b.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(w.refused);
    expect(await names()).toEqual(['Ada Lovelace']);
    expectIdle();
  });
});
