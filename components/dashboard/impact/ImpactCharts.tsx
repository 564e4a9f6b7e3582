import { t } from '@/lib/i18n';
import { OPPORTUNITY_KINDS, type MonthStats } from '@/lib/stats';
import { KIND_LABELS } from '../opportunities/kinds';
import { PALETTE, hours, monthLabel } from './chart-kit';
import { MonthlyChart } from './MonthlyChart';

/** Opportunities per month, stacked by kind. */
export function OpportunitiesChart({ months }: { months: MonthStats[] }) {
  const total = months.reduce((n, m) => n + m.opportunityCount, 0);
  const kinds = OPPORTUNITY_KINDS.filter((k) => months.some((m) => m.opportunities[k] > 0));
  return (
    <MonthlyChart
      id="chart-opportunities"
      title={t('impactOppTitle')}
      summary={t('impactOppSummary', total)}
      columns={[t('impactMonth'), ...OPPORTUNITY_KINDS.map((k) => t(KIND_LABELS[k]))]}
      rows={months.map((m) => [monthLabel(m.key), ...OPPORTUNITY_KINDS.map((k) => m.opportunities[k])])}
      months={months}
      point={(m) => m.opportunities}
      stack="kind"
      series={kinds.map((k) => ({
        key: k,
        name: t(KIND_LABELS[k]),
        color: PALETTE[OPPORTUNITY_KINDS.indexOf(k) % PALETTE.length]!,
      }))}
    />
  );
}

/** Hours invested per month: routine sittings, events, interactions with a length. */
export function TimeChart({ months }: { months: MonthStats[] }) {
  const point = (m: MonthStats) => ({
    routine: hours(m.minutes.routine),
    events: hours(m.minutes.events),
    interactions: hours(m.minutes.interactions),
  });
  const total = hours(months.reduce((n, m) => n + m.minutes.total, 0));
  const series = [
    { key: 'routine', name: t('impactTimeRoutine'), color: PALETTE[0] },
    { key: 'events', name: t('impactTimeEvents'), color: PALETTE[1] },
    { key: 'interactions', name: t('impactTimeInteractions'), color: PALETTE[2] },
  ] as const;
  return (
    <MonthlyChart
      id="chart-time"
      title={t('impactTimeTitle')}
      summary={t('impactTimeSummary', total)}
      columns={[t('impactMonth'), ...series.map((s) => s.name), t('impactTotalHours')]}
      rows={months.map((m) => {
        const p = point(m);
        return [monthLabel(m.key), p.routine, p.events, p.interactions, hours(m.minutes.total)];
      })}
      months={months}
      point={point}
      stack="time"
      integers={false}
      series={series}
    />
  );
}
