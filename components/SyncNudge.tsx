import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';

/**
 * Tells the background when this page's edits are waiting for sync (the
 * tracker notes them only while sync is on), so they leave within seconds
 * instead of at the next alarm. Renders nothing.
 */
export function SyncNudge() {
  const waiting = useLiveQuery(() => getDb().syncChanges.count(), [], 0);
  useEffect(() => {
    if (waiting > 0) void sendMessage({ type: 'sync:soon' }).catch(() => undefined);
  }, [waiting]);
  return null;
}
