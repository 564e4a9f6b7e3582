import { t } from '@/lib/i18n';
import type { Route } from '../router';

/** The routine section (filled by the dashboard issue). */
export function RoutineSection(_props: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navRoutine')}</h1>
    </section>
  );
}
