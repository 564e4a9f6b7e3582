import { useCallback, useState } from 'react';
import { useQuickSaveRequest, type QuickSaveRequest } from './quick-save-request';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, countContacts } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { PageAccess } from './page-access';
import { TodayList } from './TodayList';
import { ContactSearch } from './ContactSearch';
import { AddPageAsResource } from './AddPageAsResource';
import { QuickSaveFlow } from './QuickSaveFlow';

/**
 * No profile on the page: today's routine and due follow-ups, a quick note
 * for someone met without their profile open, search, and "add this page as
 * a resource". `quickSave` is the shortcut's request for the form.
 */
export function NotAProfile({
  access,
  tabId,
  quickSave,
}: {
  access: PageAccess;
  tabId?: number;
  quickSave?: QuickSaveRequest;
}) {
  const count = useLiveQuery(() => countContacts(getDb()), []);
  const [noting, setNoting] = useState(false);

  useQuickSaveRequest(
    quickSave,
    useCallback(() => setNoting(true), []),
  );

  return (
    <section aria-labelledby="not-profile-title">
      <h1 id="not-profile-title">{t('notAProfileTitle')}</h1>
      <p>{t('notAProfileBody')}</p>
      {count !== undefined && (
        <p data-testid="saved-count" className="muted">
          {count === 0 ? t('savedCountZero') : count === 1 ? t('savedCountOne') : t('savedCount', count)}
        </p>
      )}
      {noting ? (
        <QuickSaveFlow onClose={() => setNoting(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setNoting(true)}>
            {t('panelQuickNoteButton')}
          </button>
        </div>
      )}
      <TodayList />
      <ContactSearch />
      {tabId !== undefined && <AddPageAsResource access={access} tabId={tabId} />}
    </section>
  );
}
