import { useEffect, useState } from 'react';
import { getDb, routineSessions } from '@/lib/db';
import { recordSessionTime, startSession } from '@/lib/routine';
import type { RoutineSession } from '@/lib/schemas/library';

const MINUTE_MS = 60_000;
/** Opening a list and leaving at once is not a sitting. */
const TOO_SHORT_MS = 5_000;

/**
 * Time the routine sitting while the list is open: a session starts when it
 * mounts, its minutes are recorded every minute and when the page is hidden
 * or the list closes. Returns the session's id (for actions like "checked").
 */
export function useRoutineSession(day: RoutineSession['day']): number | undefined {
  const [id, setId] = useState<number>();
  useEffect(() => {
    const db = getDb();
    const startedAt = Date.now();
    let sessionId: number | undefined;
    let closed = false;
    const record = () => {
      if (sessionId !== undefined) void recordSessionTime(db, sessionId, Date.now());
    };
    void startSession(db, day, startedAt).then((created) => {
      sessionId = created;
      if (closed) void routineSessions.remove(db, created);
      else setId(created);
    });
    const timer = setInterval(record, MINUTE_MS);
    const onHide = () => document.visibilityState === 'hidden' && record();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      closed = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
      // React's development double-mount and a glance are dropped; anything longer counts.
      if (sessionId !== undefined && Date.now() - startedAt < TOO_SHORT_MS) {
        const stale = sessionId;
        void routineSessions.get(db, stale).then((s) => {
          if (s && !s.actions.length) return routineSessions.remove(db, stale);
        });
      } else record();
    };
  }, [day]);
  return id;
}
