import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, countContacts } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { PageAccess } from './page-access';
import { usePageProfile } from './use-page-profile';
import { ProfileView } from './ProfileView';
import { ReadFailed } from './ReadFailed';
import { Delayed } from '../Delayed';

/** The side panel: the person on the page, or what to do when there is none. */
export function PanelApp({ access }: { access: PageAccess }) {
  const { state, retry } = usePageProfile(access);
  return (
    <main className="panel" aria-live="polite">
      {state.status === 'loading' && (
        <Delayed>
          <p className="muted" role="status">
            {t('loading')}
          </p>
        </Delayed>
      )}
      {state.status === 'not-a-profile' && <NotAProfile />}
      {state.status === 'profile' && (
        <ProfileView snapshot={state.snapshot} onSaved={() => access.contactsChanged(state.tabId)} />
      )}
      {state.status === 'failed' && (
        <ReadFailed
          profile={state.profile}
          onRetry={retry}
          onSaved={() => access.contactsChanged(state.tabId)}
        />
      )}
    </main>
  );
}

function NotAProfile() {
  const count = useLiveQuery(() => countContacts(getDb()), []);
  return (
    <section aria-labelledby="not-profile-title">
      <h1 id="not-profile-title">{t('notAProfileTitle')}</h1>
      <p>{t('notAProfileBody')}</p>
      {count !== undefined && (
        <p data-testid="saved-count">
          {count === 0 ? t('savedCountZero') : count === 1 ? t('savedCountOne') : t('savedCount', count)}
        </p>
      )}
    </section>
  );
}
