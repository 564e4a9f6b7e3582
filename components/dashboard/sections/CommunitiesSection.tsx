import { t } from '@/lib/i18n';
import type { Route } from '../router';

/** The communities section (filled by the dashboard issue). */
export function CommunitiesSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navCommunities')}</h1>
    </section>
  );
}
