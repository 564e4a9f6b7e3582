/**
 * The dashboard's restore, as `BackupRestore.tsx` runs it when the user
 * chooses a backup file, for the benchmark's figure 4 and for issue 15's
 * 34 MB backup (32,000 contacts) traced by `archive-cpu.ts` (BENCH=restore).
 */
import { GuildDatabase } from '../../../lib/db';
import { bigBackupContacts, bigBackupText } from '../../harness/big-backup';
import { checkBackupInSlices, createBackup, restoreBackup, type BackupCheck } from '../../../lib/io/backup';
import type { OnProgress } from '../../../lib/io/progress';
import { readTextParts } from '../../../components/dashboard/data/files';
import { markedWhile } from '../../../components/dashboard/data/unfinished-work';
import { withLongTasks } from './long-tasks';

/** The moments between the dashboard restore's phases. */
export type RestorePhaseEnd = 'readEnd' | 'checkEnd' | 'undoEnd' | 'writeEnd';

/**
 * `BackupRestore.tsx`'s `onFile`, call for call and with the same arguments
 * (keep the two alike): the file read a megabyte at a time (`readTextParts`),
 * checked in slices (`checkBackupInSlices`), then, marked as unfinished work
 * while it runs, the current database backed up for Undo and the backup
 * written (`createBackup`, `restoreBackup`). `onProgress` stands for the
 * component's `setProgress`; `mark` is told when each phase ends. Nothing is
 * written when the check refuses the file.
 */
export async function restoreAsDashboard(
  db: GuildDatabase,
  file: Blob,
  onProgress: OnProgress,
  mark: (end: RestorePhaseEnd) => void,
): Promise<BackupCheck> {
  const parts = await readTextParts(file, onProgress);
  mark('readEnd');
  const check = await checkBackupInSlices(parts, onProgress);
  mark('checkEnd');
  if (!check.ok) return check;
  await markedWhile('restore', async () => {
    const current = await createBackup(db, onProgress);
    mark('undoEnd');
    await restoreBackup(db, check.backup, onProgress);
    return current;
  });
  mark('writeEnd');
  return check;
}

const NAME = 'guild-bench-restore-ui';

/** Issue 15's 34 MB backup of `n` contacts restored over 5,000 already there; performance marks split the phases. */
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
    const check = await restoreAsDashboard(db, file, () => {}, mark);
    if (!check.ok) throw new Error(check.errors.join('; '));
  });
  const restored = await db.contacts.count();
  db.close();
  await db.delete();
  const phase = (start: number) =>
    start < marks.checkEnd! ? 'check' : start < marks.undoEnd! ? 'undo backup' : 'write';
  const tasks = watched.tasks.map((t) => ({ ...t, phase: phase(t.start) }));
  return { megabytes: text.length / 1e6, restored, marks, tasks };
}
