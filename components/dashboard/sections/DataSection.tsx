import { t } from '@/lib/i18n';
import type { Route } from '../router';

/** The data section (filled by the dashboard issue). */
export function DataSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navData')}</h1>
    </section>
  );
}
