import { useCallback, useState } from 'react';
import { useQuickSaveRequest, type QuickSaveRequest } from '../quick-save/quick-save-request';
import { t } from '@/lib/i18n';
import type { PageAccess } from './page-access';
import { TodayList } from './TodayList';
import { ContactSearch } from './ContactSearch';
import { AddPageAsResource } from './AddPageAsResource';
import { QuickSaveFlow } from '../quick-save/QuickSaveFlow';

/**
 * No profile on the page, below its heading (`NotAProfileIntro`, in the
 * first paint): a quick note for someone met without their profile open,
 * today's routine and due follow-ups, search, and "add this page as a
 * resource". Loaded on demand; `quickSave` is the shortcut's request for the form.
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
  const [noting, setNoting] = useState(false);

  useQuickSaveRequest(
    quickSave,
    useCallback(() => setNoting(true), []),
  );

  return (
    <>
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
    </>
  );
}
