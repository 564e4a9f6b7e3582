import { useState } from 'react';
import { t } from '@/lib/i18n';
import { takeUndo, useUndoOffer } from './undo-store';

/** The pending Undo as a toast; the live region announces it and its outcome. */
export function UndoToast() {
  const offer = useUndoOffer();
  const [error, setError] = useState<string>();
  async function undo() {
    const taken = takeUndo();
    if (!taken) return;
    try {
      await taken.undo();
      setError(undefined);
    } catch (e) {
      setError(t('bookUndoFailed', e instanceof Error ? e.message : String(e)));
    }
  }
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {offer && (
        <div className="toast">
          <span>{offer.message}</span>
          <button type="button" onClick={() => void undo()}>
            {t('bookUndo')}
          </button>
        </div>
      )}
      {error && <p className="error">{error}</p>}
    </div>
  );
}
