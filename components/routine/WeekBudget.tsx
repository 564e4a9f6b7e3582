import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { t } from '@/lib/i18n';
import { loadWeekTotal, resolveZone } from '@/lib/routine';

/** This week's routine minutes against the budget (30 by default): the routine should stay short. */
export function WeekBudget() {
  const total = useLiveQuery(async () => {
    const db = getDb();
    const settings = await getSettings(db);
    return loadWeekTotal(db, Date.now(), resolveZone(settings.timeZone), settings.weeklyBudgetMinutes);
  }, []);
  if (!total) return null;
  return (
    <div className="routine-budget">
      <label htmlFor="routine-week-budget">{t('routineWeekBudget', total.minutes, total.budget)}</label>{' '}
      <meter id="routine-week-budget" min={0} max={total.budget} high={total.budget} value={total.minutes} />
      {total.over && (
        <p className="muted" role="status">
          {t('routineOverBudget')}
        </p>
      )}
    </div>
  );
}
