import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb, getSettings } from '@/lib/db';
import { t } from '@/lib/i18n';
import { checkMonthlyEventCap, resolveZone } from '@/lib/routine';

const MONTH_MS = 32 * 24 * 60 * 60 * 1000;

/**
 * For the event form: warns (never forbids) when the planned event would be
 * one more than the monthly cap (the guide: at most 2–3 networking events a
 * month). `eventId` is the event being edited, so it is not counted twice.
 */
export function EventCapWarning({ date, eventId }: { date: number; eventId?: number }) {
  const check = useLiveQuery(async () => {
    const db = getDb();
    const settings = await getSettings(db);
    // Only the weeks around the date can share its month: no scan of every event.
    const nearby = await events.between(db, 'date', date - MONTH_MS, date + MONTH_MS);
    const planned = eventId === undefined ? { date } : { id: eventId, date };
    return checkMonthlyEventCap(nearby, planned, resolveZone(settings.timeZone), settings.monthlyEventCap);
  }, [date, eventId]);
  if (!check?.overCap) return null;
  return (
    <p role="status" className="warning">
      {t('routineEventCapWarning', check.count, check.cap)}
    </p>
  );
}
