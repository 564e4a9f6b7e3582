import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { loadFridayPairs } from '@/lib/routine';
import { PersonLink } from './PersonLink';
import { RoutineList } from './RoutineList';

/** Friday: which resource to share with whom, and why (from the give-first engine). */
export function FridayList() {
  const pairs = useLiveQuery(async () => {
    const db = getDb();
    return loadFridayPairs(db, Date.now(), await getSettings(db));
  }, []);
  return (
    <RoutineList
      items={pairs}
      empty={{ text: 'routineFridayEmpty', link: 'routineAddResource', href: '#/resources' }}
      keyOf={(pair) => pair.key + pair.contact.id}
      row={(pair) => (
        <>
          <a href={pair.resource.url} target="_blank" rel="noreferrer noopener">
            {t('routineShare', pair.resource.title)}
          </a>{' '}
          → <PersonLink contact={pair.contact} />
          <p className="muted">{pair.reason[getLanguage()]}</p>
        </>
      )}
    />
  );
}
