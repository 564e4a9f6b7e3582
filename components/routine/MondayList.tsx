import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { loadMondayList, markChecked } from '@/lib/routine';
import { PersonLink } from './PersonLink';
import { CirclePicker } from '../circle/CirclePicker';

/**
 * Monday: about five close-circle people, least recently checked first.
 * The list is fixed when it opens (checking someone must not swap them for
 * the next person mid-sitting); their "checked" state stays live.
 */
export function MondayList({ sessionId }: { sessionId: number | undefined }) {
  const [ids, setIds] = useState<number[]>();
  const [openedAt] = useState(() => Date.now());
  useEffect(() => {
    void loadMondayList(getDb()).then((list) =>
      setIds(list.flatMap((c) => (c.id === undefined ? [] : [c.id]))),
    );
  }, []);
  const people = useLiveQuery(
    async () => (ids ? (await getDb().contacts.bulkGet(ids)).filter((c) => !!c) : undefined),
    [ids],
  );
  if (!people) return null;
  // Never an empty list without the next action: choose the close circle right here.
  if (!people.length)
    return (
      <div className="routine-empty">
        <p>{t('routineMondayEmpty')}</p>
        <CirclePicker />
      </div>
    );
  return (
    <ul className="routine-list">
      {people.map((contact) => {
        const checked = (contact.lastCheckedAt ?? 0) >= openedAt;
        return (
          <li key={contact.id}>
            <PersonLink contact={contact} />{' '}
            {checked ? (
              <span role="status">{t('routineCheckedToday')}</span>
            ) : (
              <button
                type="button"
                aria-label={t('routineCheckLabel', contact.name)}
                onClick={() => void markChecked(getDb(), contact.id!, Date.now(), sessionId)}
              >
                {t('routineCheck')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
