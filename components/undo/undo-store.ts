import { useSyncExternalStore } from 'react';
import type { Crud, GuildDatabase, Stored } from '@/lib/db';

/** How long a destructive action can be undone. */
const UNDO_MS = 10_000;

/** The one pending undo: what was done, and how to take it back. */
interface UndoOffer {
  id: number;
  message: string;
  undo: () => Promise<unknown>;
}

let current: UndoOffer | undefined;
let counter = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function set(offer: UndoOffer | undefined): void {
  current = offer;
  clearTimeout(timer);
  if (offer) timer = setTimeout(() => set(undefined), UNDO_MS);
  for (const listener of listeners) listener();
}

/**
 * Offer an Undo after a destructive action. Kept outside React so it
 * survives navigation (delete on the contact page, undo on the table).
 * A new offer replaces the old one; that action then stays done.
 */
export function offerUndo(message: string, undo: () => Promise<unknown>): void {
  counter += 1;
  set({ id: counter, message, undo });
}

/**
 * Delete one record, then offer the Undo that puts it back exactly as it
 * was (same id, so links to it keep working).
 */
export async function deleteWithUndo<T extends { id?: number }>(
  store: Pick<Crud<T>, 'remove' | 'restore'>,
  db: GuildDatabase,
  record: Stored<T>,
  message: string,
): Promise<void> {
  await store.remove(db, record.id);
  offerUndo(message, () => store.restore(db, record));
}

/** Take the pending offer (the toast's Undo button), or drop it. */
export function takeUndo(): UndoOffer | undefined {
  const offer = current;
  set(undefined);
  return offer;
}

/** The pending offer, for the toast. */
export function useUndoOffer(): UndoOffer | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
