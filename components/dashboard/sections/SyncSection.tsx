import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { getSyncState } from '@/lib/sync';
import type { Route } from '../router';
import { SyncSetup } from '../sync/SyncSetup';
import { SyncStatus } from '../sync/SyncStatus';

/** Sync (off by default): set it up, or see how it is doing. */
export function SyncSection(_props: { route: Route }) {
  const state = useLiveQuery(async () => (await getSyncState(getDb())) ?? null, []);
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navSync')}</h1>
      <p>{t('syncIntro')}</p>
      {state === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : state?.enabled ? (
        <SyncStatus state={state} />
      ) : (
        <SyncSetup initialUrl={state?.url} initialUser={state?.user} />
      )}
    </section>
  );
}
