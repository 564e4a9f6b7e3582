import { describe, expect, test } from 'vitest';
import { saveFromSnapshot } from '@/lib/db';
import { checkBackup, checkBackupInSlices, createBackup, serializeBackup } from '@/lib/io/backup';
import { snapshotOf } from '../helpers';
import { restoreText } from './restore-text';
import { everything, useFreshDb } from '../db/db-fixture';

/** Issue 15: what a backup file could do to the address book, each a test that failed before. */

type Json = Record<string, unknown> & { tables: { contacts: Record<string, unknown>[] } };

async function backupOf(db: Parameters<typeof createBackup>[0]): Promise<Json> {
  await saveFromSnapshot(
    db,
    snapshotOf('https://www.linkedin.com/in/camille-martin/', { name: 'Camille Martin' }),
    10,
  );
  await saveFromSnapshot(db, snapshotOf('https://x.com/bob', { name: 'Bob Stone' }), 20);
  return JSON.parse(serializeBackup(await createBackup(db))) as Json;
}

const errorsOf = (json: unknown) => {
  const check = checkBackup(JSON.stringify(json));
  return check.ok ? [] : check.errors;
};

describe('defect 5: restore never trusts a profile link', () => {
  const t = useFreshDb();

  test('a "LinkedIn" profile pointing elsewhere is rebuilt from its site and key', async () => {
    const backup = await backupOf(t.db);
    const profiles = backup.tables.contacts[0]!.profiles as Record<string, unknown>[];
    profiles[0]!.url = 'https://evil.example/in/camille-martin';
    profiles[0]!.handle = 'someone-else';
    expect((await restoreText(t.db, JSON.stringify(backup))).ok).toBe(true);
    const [camille] = await t.db.contacts.where('name').equals('Camille Martin').toArray();
    expect(camille!.profiles).toEqual([
      {
        site: 'linkedin',
        key: 'linkedin:camille-martin',
        url: 'https://www.linkedin.com/in/camille-martin/',
        handle: 'camille-martin',
      },
    ]);
  });

  test('a key that names no one on its site refuses the record, in words', async () => {
    const backup = await backupOf(t.db);
    const profiles = backup.tables.contacts[1]!.profiles as Record<string, unknown>[];
    profiles[0]!.key = 'x:not/a/handle';
    expect(errorsOf(backup)).toEqual([
      'Contact 2 (Bob Stone): the profile “x:not/a/handle” is not a LinkedIn or X profile',
    ]);
    // An X profile whose key says LinkedIn: which one is true cannot be known.
    profiles[0]!.key = 'linkedin:bob';
    expect(errorsOf(backup)).toEqual([
      'Contact 2 (Bob Stone): the profile “linkedin:bob” is not a X profile',
    ]);
  });
});

describe('defect 7: refusals say what is wrong, in words, with the record', () => {
  const t = useFreshDb();

  test(
    'a 30 MB note: the contact by number and name, the field and its limit',
    { timeout: 30_000 },
    async () => {
      const backup = await backupOf(t.db);
      backup.tables.contacts[0]!.notes = 'x'.repeat(30_000_000);
      expect(errorsOf(backup)).toEqual([
        'Contact 1 (Camille Martin): the notes are longer than 20,000 characters',
      ]);
    },
  );

  test('the envelope: another format version, not a backup at all', async () => {
    const backup = await backupOf(t.db);
    expect(errorsOf({ ...backup, formatVersion: 2 })).toEqual([
      'This backup is in format version 2, which this version of Guild cannot read: update Guild first',
    ]);
    expect(errorsOf([1, 2])).toEqual(['This file is not a Guild backup']);
    expect(errorsOf({ format: 'other' })).toEqual(['This file is not a Guild backup']);
    for (const errors of [errorsOf({ ...backup, formatVersion: 2 }), errorsOf('x')])
      expect(errors.join()).not.toMatch(/Invalid input/);
  });

  test('several wrong fields: each named, none as "Invalid input"', async () => {
    const backup = await backupOf(t.db);
    backup.tables.contacts[1]!.name = '';
    backup.tables.contacts[1]!.circle = 'best-friends';
    delete backup.tables.contacts[0]!.createdAt;
    const errors = errorsOf(backup);
    expect(errors).toEqual([
      'Contact 1 (Camille Martin): the creation date is missing',
      'Contact 2: the name is empty',
      'Contact 2: the circle “best-friends” is not one Guild knows',
    ]);
  });

  test('two records with the same id are refused at check time, not by the database', async () => {
    const backup = await backupOf(t.db);
    backup.tables.contacts[1]!.id = backup.tables.contacts[0]!.id;
    const before = await everything(t.db);
    const result = await restoreText(t.db, JSON.stringify(backup));
    expect(result).toEqual({
      ok: false,
      errors: [
        `Contact 2 (Bob Stone) has the same id (${String(backup.tables.contacts[0]!.id)}) as contact 1 (Camille Martin)`,
      ],
    });
    expect(await everything(t.db)).toEqual(before);
  });
});

describe('defect 6: a big backup is checked in slices', () => {
  const t = useFreshDb();

  test('the page runs between slices; the result is the one-go check', { timeout: 30_000 }, async () => {
    const backup = await backupOf(t.db);
    const [camille] = backup.tables.contacts;
    backup.tables.contacts = Array.from({ length: 3000 }, (_, i) => ({
      ...camille,
      id: i + 1,
      name: `Person ${i}`,
      notes: 'n'.repeat(500),
      profiles: [],
      profileKeys: [],
    }));
    const text = JSON.stringify(backup);
    let ticks = 0;
    const tick = setInterval(() => ticks++, 0);
    const sliced = await checkBackupInSlices(text);
    clearInterval(tick);
    expect(sliced.ok).toBe(true);
    expect(sliced).toEqual(checkBackup(text));
    expect(ticks).toBeGreaterThanOrEqual(3);
  });
});
