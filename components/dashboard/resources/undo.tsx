import { useCallback, useEffect, useState } from 'react';
import { t } from '@/lib/i18n';

/** A change that can be taken back, with the sentence that says what happened. */
export interface Undoable {
  message: string;
  undo: () => Promise<unknown>;
}

/** How long the undo offer stays (long enough to notice, short enough not to clutter). */
const UNDO_MS = 10_000;

/** The pending undo of a section, and a setter for the next destructive action to offer it. */
export function useUndo(): { pending?: Undoable; offer: (u: Undoable) => void; clear: () => void } {
  const [pending, setPending] = useState<Undoable>();
  const clear = useCallback(() => setPending(undefined), []);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(clear, UNDO_MS);
    return () => clearTimeout(timer);
  }, [pending, clear]);
  return { pending, offer: setPending, clear };
}

/**
 * "Deleted X — Undo": a live region, so a screen reader hears the delete
 * and can reach the button next; the record comes back exactly as it was.
 */
export function UndoBar({ pending, clear }: { pending?: Undoable; clear: () => void }) {
  return (
    <div role="status" className="undo-bar" hidden={!pending}>
      {pending && (
        <>
          <span>{pending.message}</span>{' '}
          <button
            type="button"
            onClick={() => {
              void pending.undo().then(clear);
            }}
          >
            {t('dashUndo')}
          </button>
        </>
      )}
    </div>
  );
}
