import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb, getSettings } from '@/lib/db';
import { t } from '@/lib/i18n';
import { eventsInMonth, resolveZone } from '@/lib/routine';

/**
 * This month's events against the cap (the guide: at most 2–3 a month). It
 * warns once the month holds more than the cap; it never blocks anything.
 */
export function MonthCount({ now }: { now: number }) {
  const figures = useLiveQuery(async () => {
    const db = getDb();
    const settings = await getSettings(db);
    const zone = resolveZone(settings.timeZone);
    const DAYS_32 = 32 * 86_400_000;
    const nearby = await events.between(db, 'date', now - DAYS_32, now + DAYS_32);
    const count = eventsInMonth(nearby, now, zone).length;
    return { count, cap: settings.monthlyEventCap };
  }, [now]);
  if (!figures) return null;
  const over = figures.count > figures.cap;
  return (
    <div className="month-count">
      <label htmlFor="events-this-month">{t('eventMonthCount', figures.count, figures.cap)}</label>{' '}
      <meter id="events-this-month" min={0} max={figures.cap} high={figures.cap} value={figures.count} />
      {over && (
        <p role="status" className="warning">
          {t('eventOverCap', figures.cap)}
        </p>
      )}
    </div>
  );
}
