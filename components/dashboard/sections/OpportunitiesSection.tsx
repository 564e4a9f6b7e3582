import { t } from '@/lib/i18n';
import type { Route } from '../router';

/** The opportunities section (filled by the dashboard issue). */
export function OpportunitiesSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navOpportunities')}</h1>
    </section>
  );
}
