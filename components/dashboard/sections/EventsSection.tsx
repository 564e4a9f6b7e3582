import { t } from '@/lib/i18n';
import type { Route } from '../router';

/** The events section (filled by the dashboard issue). */
export function EventsSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navEvents')}</h1>
    </section>
  );
}
