import { t } from '@/lib/i18n';
import { RoutineDayList } from '@/components/routine/RoutineDayList';
import type { Route } from '../router';

/** The routine section (filled by the dashboard issue). */
export function RoutineSection({ route }: { route: Route }) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navRoutine')}</h1>
      {/* Routine issue's hook: a nudge opens `#/routine/<list>` (monday, wednesday, friday,
          follow-ups, keep-in-touch); keep that route when this section grows. */}
      {route.rest[0] && <RoutineDayList key={route.rest[0]} list={route.rest[0]} />}
    </section>
  );
}
