import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { dueBy, loadFollowUps, loadKeepInTouch, resolveZone } from '@/lib/routine';
import { PersonLink } from './PersonLink';

const dateOf = (ms: number) => new Date(ms).toLocaleDateString(getLanguage());

/** Follow-ups due now (24 hours after a conversation, or as planned). */
export function FollowUpList() {
  const due = useLiveQuery(async () => dueBy(await loadFollowUps(getDb()), Date.now()), []);
  if (!due) return null;
  if (!due.length) return <p className="muted">{t('routineEmpty')}</p>;
  return (
    <ul className="routine-list">
      {due.map(({ item, dueAt }) => (
        <li key={item.id}>
          {item.contact ? <PersonLink contact={item.contact} /> : <strong>{item.name}</strong>}
          {item.title && <span> — {item.title}</span>}{' '}
          <span className="muted">{t('routineDueOn', dateOf(dueAt))}</span>
        </li>
      ))}
    </ul>
  );
}

/** People due for a keep-in-touch (their circle's cadence since the last interaction). */
export function KeepInTouchList() {
  const due = useLiveQuery(async () => {
    const db = getDb();
    const settings = await getSettings(db);
    return dueBy(await loadKeepInTouch(db, settings, resolveZone(settings.timeZone)), Date.now());
  }, []);
  if (!due) return null;
  if (!due.length) return <p className="muted">{t('routineEmpty')}</p>;
  return (
    <ul className="routine-list">
      {due.map(({ item, dueAt }) => (
        <li key={item.id}>
          <PersonLink contact={item} /> <span className="muted">{t('routineDueOn', dateOf(dueAt))}</span>
        </li>
      ))}
    </ul>
  );
}
