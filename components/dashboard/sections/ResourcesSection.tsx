import { t } from '@/lib/i18n';
import type { Route } from '../router';

/** The resources section (filled by the dashboard issue). */
export function ResourcesSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navResources')}</h1>
    </section>
  );
}
