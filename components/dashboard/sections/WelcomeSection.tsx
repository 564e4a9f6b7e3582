import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Route } from '../router';
import { WelcomeForm } from '../welcome/WelcomeForm';

/** `#/welcome`: opened on install, and from Settings. */
export function WelcomeSection(_props: { route: Route }) {
  const settings = useLiveQuery(() => getSettings(getDb()), []);
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('welcomeTitle')}</h1>
      {settings ? <WelcomeForm settings={settings} /> : <p className="muted">{t('loading')}</p>}
    </section>
  );
}
