import { describe, expect, test } from 'vitest';
import { buildContact, GuildDatabase } from '@/lib/db';
import {
  checkBackup,
  createBackup,
  serializeBackup,
  serializeBackupInParts,
  type Backup,
} from '@/lib/io/backup';
import type { Progress } from '@/lib/io/progress';
import { freshDbName } from '../helpers';
import { bigBackupContacts, bigBackupText } from '../../harness/big-backup';

/** The bytes a download of these parts holds (what `downloadText` puts in its Blob). */
const bytesOf = async (parts: string | readonly string[]) =>
  new Uint8Array(await new Blob(typeof parts === 'string' ? [parts] : [...parts]).arrayBuffer());

/** Parts must be byte for byte the one-go JSON.stringify. */
async function expectSameFile(backup: Backup) {
  const progress: Progress[] = [];
  const parts = await serializeBackupInParts(backup, (p) => progress.push(p));
  const whole = JSON.stringify(backup);
  expect(parts.join('')).toBe(whole);
  // Compared as one string of bytes: toEqual over a 600 KB array is slow.
  expect(Buffer.from(await bytesOf(parts)).equals(Buffer.from(await bytesOf(whole)))).toBe(true);
  return { parts, progress };
}

const UNICODE =
  'Zoë Ørsted 李小龙 👩🏽‍💻 “quoted” \\back\\slash\\ "double" \u2028\u2029 tab\t nl\n \u0000 \ud800 lone';

describe('Download a backup: serialised in slices, the same file as JSON.stringify', () => {
  test('1,234 contacts (several slices), unicode, a 20,000-character note, the other tables', async () => {
    const contacts = bigBackupContacts(1234);
    contacts[0]!.name = UNICODE;
    contacts[1]!.notes = `${UNICODE} ${'é'.repeat(20_000)}`.slice(0, 20_000);
    contacts[249]!.company = '🚀'.repeat(500);
    contacts[250]!.tags = [UNICODE, ''];
    const backup = JSON.parse(bigBackupText(contacts)) as Backup;
    backup.tables.settings = [{ id: 1, routineTime: '08:15' } as never];
    const { parts, progress } = await expectSameFile(backup);
    expect(parts.length).toBeGreaterThan(5);
    // Every record counted: 1,234 contacts and the settings.
    expect(progress.at(-1)).toEqual({ phase: 'serialising', done: 1235, total: 1235 });
  });

  test('every table empty', async () => {
    const backup = JSON.parse(bigBackupText([])) as Backup;
    const { parts, progress } = await expectSameFile(backup);
    expect(parts.join('')).toContain('"contacts":[]');
    expect(progress).toEqual([]);
  });

  test('a database backed up (createBackup): the same file, and it restores to the same records', async () => {
    const db = new GuildDatabase(freshDbName());
    await db.contacts.bulkAdd([
      buildContact({ name: UNICODE, notes: 'n'.repeat(19_999) }, 1000),
      buildContact({ name: 'Ada Lovelace', company: 'Analytical' }, 2000),
    ]);
    const backup = await createBackup(db, undefined, 42);
    const { parts } = await expectSameFile(backup);
    const check = checkBackup(parts);
    expect(check.ok).toBe(true);
    expect(parts.join('')).toBe(serializeBackup(backup));
    const again = await createBackup(db, undefined, 42);
    expect(check.ok && check.backup.tables).toEqual(again.tables);
    db.close();
    await db.delete();
  });

  test('an envelope with members after the tables, and tables in an unusual order', async () => {
    const backup = JSON.parse(bigBackupText(bigBackupContacts(3))) as Record<string, unknown>;
    const { tables, ...rest } = backup as { tables: Record<string, unknown[]> };
    const reordered = Object.fromEntries(Object.entries(tables).reverse());
    await expectSameFile({ ...rest, tables: reordered, note: 'after "tables":{}' } as never);
  });
});
