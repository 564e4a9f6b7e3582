import { Suspense, useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import type { PageAccess } from './page-access';
import { usePageProfile } from './use-page-profile';
import { ProfileView } from './ProfileView';
import { ReadFailed } from './ReadFailed';
import { SiteAccess } from './SiteAccess';
import { LazyNotAProfile } from './lazy-views';
import { NotAProfileIntro } from './NotAProfileIntro';
import { UndoToast } from '../undo/UndoToast';
import { usePanelLanguage } from './use-panel-language';
import { Delayed } from '../Delayed';

/** The side panel: the person on the page, or what to do when there is none. */
export function PanelApp({ access }: { access: PageAccess }) {
  const language = usePanelLanguage();
  const { state, retry } = usePageProfile(access);
  // Set by the quick-save shortcut; the state on screen opens its form, then clears it.
  const [quickSaveRequested, setQuickSaveRequested] = useState(false);
  useEffect(() => access.onQuickSaveRequest(() => setQuickSaveRequested(true)), [access]);
  const quickSave = { requested: quickSaveRequested, taken: () => setQuickSaveRequested(false) };

  // Nothing until the language is known (a read of the settings, a few milliseconds).
  if (!language) return null;
  return (
    <main className="panel" key={language}>
      <div aria-live="polite">
        {state.status === 'loading' && (
          <Delayed>
            <p className="muted" role="status">
              {t('loading')}
            </p>
          </Delayed>
        )}
      </div>
      {state.status === 'no-access' && (
        <SiteAccess
          request={() =>
            access.requestHostAccess().then((granted) => {
              if (granted) retry();
              return granted;
            })
          }
        />
      )}
      {state.status === 'not-a-profile' && (
        <section aria-labelledby="not-profile-title">
          <NotAProfileIntro />
          <Suspense fallback={null}>
            <LazyNotAProfile access={access} tabId={state.tabId} quickSave={quickSave} />
          </Suspense>
        </section>
      )}
      {state.status === 'profile' && (
        <ProfileView
          key={state.snapshot.profile.key}
          snapshot={state.snapshot}
          onSaved={() => access.contactsChanged(state.tabId)}
          quickSave={quickSave}
        />
      )}
      {state.status === 'failed' && (
        <ReadFailed
          profile={state.profile}
          onRetry={retry}
          onSaved={() => access.contactsChanged(state.tabId)}
        />
      )}
      <UndoToast />
    </main>
  );
}
