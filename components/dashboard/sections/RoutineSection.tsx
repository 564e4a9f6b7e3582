import { t } from '@/lib/i18n';
import { RoutineDayList } from '@/components/routine/RoutineDayList';
import { WeekBudget } from '@/components/routine/WeekBudget';
import { NextNudge } from '@/components/routine/NextNudge';
import type { Route } from '../router';
import { LosingTouch } from '../routine/LosingTouch';
import { WeekDays } from '../routine/WeekDays';

/**
 * The weekly routine: this week's Monday / Wednesday / Friday lists, the
 * time spent against the budget, and the people the user is losing touch with.
 */
export function RoutineSection({ route }: { route: Route }) {
  const list = route.rest[0];
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navRoutine')}</h1>
      <NextNudge />
      <WeekDays current={list} />
      {/* Routine issue's hook: a nudge opens `#/routine/<list>` (monday, wednesday, friday,
          follow-ups, keep-in-touch); the list starts timing the sitting when it opens, so the
          overview shows only links to the lists, never the lists themselves. */}
      {list ? (
        <RoutineDayList key={list} list={list} />
      ) : (
        <>
          <p className="muted">{t('routineIntro')}</p>
          <WeekBudget />
          <LosingTouch />
        </>
      )}
    </section>
  );
}
