import type { GuildDatabase } from '@/lib/db';
import { checkBackupInSlices, restoreBackup, type BackupCheck, type OnProgress } from '@/lib/io';

/**
 * What the dashboard's Restore does with a file's text (BackupRestore.tsx):
 * check all of it, and restore only when every part is valid.
 */
export async function restoreText(
  db: GuildDatabase,
  text: string,
  onProgress?: OnProgress,
): Promise<BackupCheck> {
  const check = await checkBackupInSlices(text);
  if (check.ok) await restoreBackup(db, check.backup, onProgress);
  return check;
}
