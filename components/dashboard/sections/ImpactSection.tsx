import { t } from '@/lib/i18n';
import type { Route } from '../router';

/** The impact section (filled by the dashboard issue). */
export function ImpactSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navImpact')}</h1>
    </section>
  );
}
