import { useSyncExternalStore } from 'react';
import { getDb } from '@/lib/db';
import { liveContactIndex, type ContactIndex, type IndexStatus } from '@/lib/search';

/** The live search index and its status; re-renders when it changes. */
export function useContactIndex(): { index: ContactIndex; version: number; status: IndexStatus } {
  const index = liveContactIndex(getDb());
  const version = useSyncExternalStore(
    (listener) => index.subscribe(listener),
    () => index.version,
  );
  return { index, version, status: index.getStatus() };
}
