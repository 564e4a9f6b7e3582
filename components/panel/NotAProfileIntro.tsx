import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, countContacts } from '@/lib/db';
import { t } from '@/lib/i18n';

/**
 * The top of the not-a-profile view, in the panel's first bundle so that it
 * paints at once; the rest (`NotAProfile`) follows from its own chunk.
 */
export function NotAProfileIntro() {
  const count = useLiveQuery(() => countContacts(getDb()), []);
  return (
    <>
      <h1 id="not-profile-title">{t('notAProfileTitle')}</h1>
      <p>{t('notAProfileBody')}</p>
      {count !== undefined && (
        <p data-testid="saved-count" className="muted">
          {count === 0 ? t('savedCountZero') : count === 1 ? t('savedCountOne') : t('savedCount', count)}
        </p>
      )}
    </>
  );
}
