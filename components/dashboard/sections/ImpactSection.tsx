import { t } from '@/lib/i18n';
import { routeHref, type Route } from '../router';
import { BalancePanel } from '../impact/BalancePanel';
import { OpportunitiesChart, TimeChart } from '../impact/ImpactCharts';
import { CircleChart, FollowUpsChart, GivesChart } from '../impact/RelationshipCharts';
import { useImpact } from '../impact/use-impact';
import { VerdictCard } from '../impact/VerdictCard';

/**
 * Is networking paying off? The last 12 months, month by month, and the
 * guide's six-month verdict (`lib/stats` computes everything; this only shows it).
 */
export function ImpactSection(_props: { route: Route }) {
  const view = useImpact();
  return (
    <section aria-labelledby="section-title" className="impact">
      <h1 id="section-title">{t('navImpact')}</h1>
      <p className="muted">{t('impactIntro')}</p>
      {view?.empty && (
        <div className="empty-state">
          <p>{t('impactEmpty')}</p>
          <ul>
            <li>
              <a href={routeHref('opportunities')}>{t('impactEmptyOpp')}</a>
            </li>
            <li>
              <a href={routeHref('routine')}>{t('impactEmptyRoutine')}</a>
            </li>
            <li>
              <a href={routeHref('events')}>{t('impactEmptyEvents')}</a>
            </li>
          </ul>
        </div>
      )}
      {view && (
        <>
          <VerdictCard verdict={view.verdict} />
          <p className="muted">{t('impactTimeNote')}</p>
          <OpportunitiesChart months={view.months} />
          <TimeChart months={view.months} />
          <GivesChart months={view.months} />
          <BalancePanel overall={view.overall} unbalanced={view.unbalanced} />
          <FollowUpsChart months={view.months} />
          <CircleChart months={view.months} />
        </>
      )}
    </section>
  );
}
