import { useSyncExternalStore } from 'react';
import { getDb } from '@/lib/db';
import { liveContactIndex, reloadContactIndex, type ContactIndex, type IndexStatus } from '@/lib/search';

/** The live search index and its status; re-renders when it changes. `retry` reads it all again after a failed load. */
export function useContactIndex(): {
  index: ContactIndex;
  version: number;
  status: IndexStatus;
  retry: () => void;
} {
  const index = liveContactIndex(getDb());
  const version = useSyncExternalStore(
    (listener) => index.subscribe(listener),
    () => index.version,
  );
  return { index, version, status: index.getStatus(), retry: () => reloadContactIndex(getDb()) };
}
