import { useId, useState, type ChangeEvent } from 'react';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import {
  checkBackupInSlices,
  createBackup,
  restoreBackup,
  serializeBackupInParts,
  type Progress,
} from '@/lib/io';
import { offerUndo } from '../../undo/undo-store';
import { datedName, downloadText, readTextParts } from './files';
import { ProgressBar } from './ProgressBar';
import { markedWhile } from './unfinished-work';

/**
 * Backup (every table to a JSON file) and restore (the file is checked whole
 * first; nothing is written unless all of it is valid). A restore replaces
 * everything, so the state before it is kept in memory for Undo.
 */
export function BackupRestore() {
  const id = useId();
  const [progress, setProgress] = useState<Progress & { text?: string }>();
  /** A backup or a restore is running: from the click or the file chosen until it ends, whatever the end. */
  const [busy, setBusy] = useState<'backup' | 'restore'>();
  const [status, setStatus] = useState<string>();
  const [errors, setErrors] = useState<string[]>([]);

  async function backup() {
    setBusy('backup');
    setErrors([]);
    setStatus(undefined);
    try {
      const data = await createBackup(getDb(), setProgress);
      // Serialised in slices: one JSON.stringify of 100,000 contacts held the page for seconds.
      const text = await serializeBackupInParts(data, setProgress);
      downloadText(text, datedName('backup', 'json'), 'application/json');
      setStatus(t('dataBackupDone', data.tables.contacts.length));
    } catch (e) {
      setErrors([t('dataBackupFailed', e instanceof Error ? e.message : String(e))]);
    } finally {
      setProgress(undefined);
      setBusy(undefined);
    }
  }

  /** Progress in words ("Checking the file: 40%"): reading and checking a 47 MB file take many seconds. */
  const inWords =
    (key: 'dataRestoreReading' | 'dataRestoreChecking') =>
    (p: Progress): void =>
      setProgress({ ...p, text: t(key, Math.floor((100 * p.done) / Math.max(p.total, 1))) });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Both controls off until this restore ends: a second file chosen mid-check would race this one.
    setBusy('restore');
    setStatus(undefined);
    setErrors([]);
    try {
      await restoreFile(file);
    } finally {
      setProgress(undefined);
      setBusy(undefined);
    }
  }

  async function restoreFile(file: File) {
    let parts: string[];
    try {
      // Read and checked in slices: a 34 MB backup (32,000 contacts) froze the page for seconds.
      parts = await readTextParts(file, inWords('dataRestoreReading'));
    } catch (e) {
      // Moved, deleted or still being written since it was chosen: said, and nothing touched.
      setErrors([t('dataRestoreUnreadable', e instanceof Error ? e.message : String(e))]);
      return;
    }
    const db = getDb();
    try {
      const check = await checkBackupInSlices(parts, inWords('dataRestoreChecking'));
      if (!check.ok) {
        setErrors(check.errors);
        return;
      }
      // Marked while it runs: if the page dies, the next visit says the restore was cut off.
      const before = await markedWhile('restore', async () => {
        const current = await createBackup(db, setProgress);
        await restoreBackup(db, check.backup, setProgress);
        return current;
      });
      setStatus(t('dataRestoreDone', check.backup.tables.contacts.length));
      offerUndo(t('dataRestoreUndo'), () => restoreBackup(db, before));
    } catch (e) {
      setErrors([t('dataRestoreFailed', e instanceof Error ? e.message : String(e))]);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dataBackupTitle')}</h2>
      <p className="muted">{t('dataBackupHow')}</p>
      <div className="actions">
        <button type="button" onClick={() => void backup()} disabled={!!busy}>
          {t('dataBackupAction')}
        </button>
      </div>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        onChange={(e) => void onFile(e)}
        disabled={!!busy}
      />
      {/* After the input, so the input's keyboard focus shows on this styled button. */}
      <label htmlFor={id} className="button-like secondary">
        {t('dataRestoreChoose')}
      </label>
      <ProgressBar
        progress={progress}
        label={t(busy === 'restore' ? 'dataRestoreProgress' : 'dataBackupProgress')}
        text={progress?.text}
      />
      <div role="status">{status && <p>{status}</p>}</div>
      {errors.length > 0 && (
        <div className="error" role="alert">
          <p>{t('dataProblems')}</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
