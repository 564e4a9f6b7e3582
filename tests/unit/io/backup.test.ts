import { describe, expect, test } from 'vitest';
import {
  LATEST_VERSION,
  createTask,
  logInteraction,
  resources,
  saveFromSnapshot,
  updateSettings,
  GuildDatabase,
} from '@/lib/db';
import { checkBackup, createBackup, serializeBackup } from '@/lib/io/backup';
import { restoreText } from './restore-text';
import type { Progress } from '@/lib/io/progress';
import { freshDbName, snapshotOf } from '../helpers';
import { everything, useFreshDb } from '../db/db-fixture';

async function fill(db: GuildDatabase) {
  const jane = await saveFromSnapshot(db, snapshotOf('https://x.com/jane', { company: 'Acme' }), 10);
  await saveFromSnapshot(db, snapshotOf('https://www.linkedin.com/in/bob/', { name: 'Bob' }), 20);
  await logInteraction(db, { contactId: jane.id!, kind: 'call', date: 30, notes: 'Talked "Rust", 3; ok' });
  await createTask(db, { kind: 'follow-up', contactId: jane.id!, due: 40, origin: 'quick-save' }, 30);
  await resources.add(db, { url: 'https://example.org', title: 'Guide', tags: ['rust'], addedAt: 1 });
  await updateSettings(db, { routineTime: '08:15' });
}

describe('backup and restore', () => {
  const t = useFreshDb();

  test('backup → restore into an empty database gives identical data and ids', async () => {
    await fill(t.db);
    const progress: Progress[] = [];
    const backup = await createBackup(t.db, (p) => progress.push(p), 99);
    expect(backup).toMatchObject({
      format: 'guild-backup',
      formatVersion: 1,
      databaseVersion: LATEST_VERSION,
      exportedAt: 99,
    });
    expect(progress.at(-1)).toEqual({ phase: 'reading', done: 6, total: 6 });
    const target = new GuildDatabase(freshDbName());
    const result = await restoreText(target, serializeBackup(backup));
    expect(result.ok).toBe(true);
    expect(await everything(target)).toEqual(await everything(t.db));
    await target.delete();
  });

  test('restore replaces what was there', async () => {
    await fill(t.db);
    const text = serializeBackup(await createBackup(t.db));
    await saveFromSnapshot(t.db, snapshotOf('https://x.com/extra'));
    await restoreText(t.db, text);
    expect(await t.db.contacts.count()).toBe(2);
  });

  test('a bad file writes nothing and says what is wrong where', async () => {
    await fill(t.db);
    const before = await everything(t.db);
    const backup = JSON.parse(serializeBackup(await createBackup(t.db))) as {
      tables: { contacts: Record<string, unknown>[]; tasks: Record<string, unknown>[] };
    };
    backup.tables.contacts[1]!.name = '';
    backup.tables.tasks[0]!.due = 'tomorrow';
    const result = await restoreText(t.db, JSON.stringify(backup));
    expect(result).toEqual({
      ok: false,
      errors: ['Contact 2: the name is empty', 'Task 1: the due date should be a number'],
    });
    expect(await everything(t.db)).toEqual(before);
  });

  test('not JSON, another format, a newer Guild, shared profile keys: all refused with a reason', async () => {
    expect(checkBackup('{oops')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^This file is not JSON, so not a Guild backup/)],
    });
    expect(checkBackup('{"format":"other"}')).toEqual({
      ok: false,
      errors: ['This file is not a Guild backup'],
    });
    const envelope = { format: 'guild-backup', formatVersion: 1, exportedAt: 0 };
    expect(checkBackup(JSON.stringify({ ...envelope, databaseVersion: 99, tables: {} }))).toEqual({
      ok: false,
      errors: ['This backup was made by a newer Guild (database version 99): update Guild first'],
    });
    await fill(t.db);
    const backup = await createBackup(t.db);
    const twin = { ...backup.tables.contacts[0]!, id: 77 };
    backup.tables.contacts.push(twin);
    expect(checkBackup(serializeBackup(backup))).toEqual({
      ok: false,
      errors: ['Contact 3 (Jane Doe) has the same profile (x:jane) as contact 1 (Jane Doe)'],
    });
  });

  test('an empty database backs up and restores as empty; missing tables mean empty', async () => {
    const text = serializeBackup(await createBackup(t.db));
    expect((await restoreText(t.db, text)).ok).toBe(true);
    const minimal = JSON.stringify({
      format: 'guild-backup',
      formatVersion: 1,
      databaseVersion: LATEST_VERSION,
      exportedAt: 0,
      tables: {},
    });
    expect(checkBackup(minimal).ok).toBe(true);
  });
});
