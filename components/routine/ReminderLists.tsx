import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { dueBy, loadFollowUps, loadKeepInTouch, resolveZone } from '@/lib/routine';
import { PersonLink } from './PersonLink';
import { RoutineList } from './RoutineList';

const dateOf = (ms: number) => new Date(ms).toLocaleDateString(getLanguage());

/** Follow-ups due now (24 hours after a conversation, or as planned). */
export function FollowUpList() {
  const due = useLiveQuery(async () => dueBy(await loadFollowUps(getDb()), Date.now()), []);
  return (
    <RoutineList
      items={due}
      keyOf={({ item }) => item.id!}
      row={({ item, dueAt }) => (
        <>
          {item.contact ? <PersonLink contact={item.contact} /> : <strong>{item.name}</strong>}
          {item.title && <span> — {item.title}</span>}{' '}
          <span className="muted">{t('routineDueOn', dateOf(dueAt))}</span>
        </>
      )}
    />
  );
}

/** People due for a keep-in-touch (their circle's cadence since the last interaction). */
export function KeepInTouchList() {
  const due = useLiveQuery(async () => {
    const db = getDb();
    const settings = await getSettings(db);
    return dueBy(await loadKeepInTouch(db, settings, resolveZone(settings.timeZone)), Date.now());
  }, []);
  return (
    <RoutineList
      items={due}
      keyOf={({ item }) => item.id!}
      row={({ item, dueAt }) => (
        <>
          <PersonLink contact={item} /> <span className="muted">{t('routineDueOn', dateOf(dueAt))}</span>
        </>
      )}
    />
  );
}
