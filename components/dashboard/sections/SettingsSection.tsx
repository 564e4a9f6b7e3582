import { t } from '@/lib/i18n';
import type { Route } from '../router';

/** The settings section (filled by the dashboard issue). */
export function SettingsSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navSettings')}</h1>
    </section>
  );
}
