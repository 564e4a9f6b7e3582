import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { t } from '@/lib/i18n';

/** How long a destructive action can be undone. */
const UNDO_MS = 10_000;

interface Offer {
  id: number;
  message: string;
  undo: () => Promise<unknown>;
}

export type OfferUndo = (message: string, undo: () => Promise<unknown>) => void;

const UndoContext = createContext<OfferUndo>(() => undefined);

/** Offer an Undo after a destructive action (delete a contact, remove an interaction…). */
export function useOfferUndo(): OfferUndo {
  return useContext(UndoContext);
}

/**
 * Holds the one pending undo and shows it as a toast. A new offer replaces
 * the old one (that action then stays done), as mail apps do. Given `offer`
 * (a page that already has its own undo, like the dashboard), the pieces
 * inside offer through it instead, and this draws no toast of its own.
 */
export function UndoProvider({ children, offer: outer }: { children: ReactNode; offer?: OfferUndo }) {
  const [offer, setOffer] = useState<Offer>();
  const offerUndo = useCallback<OfferUndo>((message, undo) => {
    setOffer({ id: Date.now() + Math.random(), message, undo });
  }, []);

  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(() => setOffer((o) => (o?.id === offer.id ? undefined : o)), UNDO_MS);
    return () => clearTimeout(timer);
  }, [offer]);

  if (outer) return <UndoContext.Provider value={outer}>{children}</UndoContext.Provider>;
  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {offer && (
          <div className="toast">
            <span>{offer.message}</span>
            <button
              type="button"
              onClick={() => {
                setOffer(undefined);
                void offer.undo();
              }}
            >
              {t('panelUndo')}
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}
