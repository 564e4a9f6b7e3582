import { useState } from 'react';
import { getDb, saveFromSnapshot, type Corrections } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { ProfileSnapshot } from '@/lib/profiles/snapshot';
import { NameMatchPrompt } from './NameMatchPrompt';
import { ErrorAlert } from '../ErrorAlert';

/** Someone not in the address book yet: save in one click, or quick-save after a conversation. */
export function UnsavedProfile({
  snapshot,
  corrections = {},
  onSaved,
  onQuickSave,
}: {
  snapshot: ProfileSnapshot;
  /** What the user typed over the read; the save keeps it as theirs. */
  corrections?: Corrections;
  onSaved: () => Promise<void>;
  onQuickSave: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      await saveFromSnapshot(getDb(), snapshot, Date.now(), corrections);
      await onSaved();
    } catch (e) {
      setError(t('saveFailed', e instanceof Error ? e.message : String(e)));
      setBusy(false);
    }
  }

  return (
    <>
      <NameMatchPrompt snapshot={snapshot} onLinked={onSaved} />
      <p className="status" data-testid="saved-status">
        {t('newStatus')}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
          {busy ? t('saving') : t('saveContact')}
        </button>
        <button type="button" onClick={onQuickSave}>
          {t('panelWeJustTalked')}
        </button>
      </div>
      <p className="muted small">{t('panelWeJustTalkedHint')}</p>
      <ErrorAlert text={error} />
    </>
  );
}
