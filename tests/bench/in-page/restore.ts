/**
 * The dashboard's restore at issue 15's size (a 34 MB backup, 32,000
 * contacts), in an extension page, as `BackupRestore.tsx` runs it: the file
 * read in parts, checked in slices, the current database backed up for
 * Undo, then the restore's writes. Performance marks split the phases.
 */
import { GuildDatabase } from '../../../lib/db';
import { bigBackupContacts, bigBackupText } from '../../harness/big-backup';
import { checkBackupInSlices, createBackup, restoreBackup } from '../../../lib/io/backup';
import { readTextParts } from '../../../components/dashboard/data/files';
import { withLongTasks } from './long-tasks';

const NAME = 'guild-bench-restore-ui';

export async function restoreBench(n: number) {
  const contacts = bigBackupContacts(n);
  const text = bigBackupText(contacts);
  const file = new Blob([text]);
  const db = new GuildDatabase(NAME);
  await db.delete();
  await db.open();
  // Someone already there, as in a real restore: the Undo backup reads them.
  await db.contacts.bulkAdd(contacts.slice(0, Math.min(n, 5_000)).map(({ id: _, ...c }) => c));
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    marks[name] = performance.now();
    performance.mark(name);
  };
  const watched = await withLongTasks(async () => {
    mark('readStart');
    const check = await checkBackupInSlices(await readTextParts(file));
    mark('checkEnd');
    if (!check.ok) throw new Error(check.errors.join('; '));
    await createBackup(db);
    mark('undoEnd');
    await restoreBackup(db, check.backup);
    mark('writeEnd');
  });
  const restored = await db.contacts.count();
  db.close();
  await db.delete();
  const phase = (start: number) =>
    start < marks.checkEnd! ? 'check' : start < marks.undoEnd! ? 'undo backup' : 'write';
  const tasks = watched.tasks.map((t) => ({ ...t, phase: phase(t.start) }));
  return { megabytes: text.length / 1e6, restored, marks, tasks };
}
