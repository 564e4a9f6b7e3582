import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '@/lib/i18n';
import { OPPORTUNITY_KINDS, type MonthStats } from '@/lib/stats';
import { KIND_LABELS } from '../opportunities/kinds';
import { ChartFigure } from './ChartFigure';
import { AXIS, CHART, PALETTE, hours, monthLabel } from './chart-kit';

/** Opportunities per month, stacked by kind. */
export function OpportunitiesChart({ months }: { months: MonthStats[] }) {
  const data = months.map((m) => ({ month: monthLabel(m.key), ...m.opportunities }));
  const total = months.reduce((n, m) => n + m.opportunityCount, 0);
  const kinds = OPPORTUNITY_KINDS.filter((k) => months.some((m) => m.opportunities[k] > 0));
  return (
    <ChartFigure
      id="chart-opportunities"
      title={t('impactOppTitle')}
      summary={t('impactOppSummary', total)}
      columns={[t('impactMonth'), ...OPPORTUNITY_KINDS.map((k) => t(KIND_LABELS[k]))]}
      rows={months.map((m) => [monthLabel(m.key), ...OPPORTUNITY_KINDS.map((k) => m.opportunities[k])])}
    >
      <BarChart {...CHART} data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="month" {...AXIS} />
        <YAxis allowDecimals={false} {...AXIS} />
        <Tooltip />
        <Legend />
        {kinds.map((k) => (
          <Bar
            key={k}
            dataKey={k}
            name={t(KIND_LABELS[k])}
            stackId="kind"
            fill={PALETTE[OPPORTUNITY_KINDS.indexOf(k) % PALETTE.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFigure>
  );
}

/** Hours invested per month: routine sittings, events, interactions with a length. */
export function TimeChart({ months }: { months: MonthStats[] }) {
  const data = months.map((m) => ({
    month: monthLabel(m.key),
    routine: hours(m.minutes.routine),
    events: hours(m.minutes.events),
    interactions: hours(m.minutes.interactions),
  }));
  const total = hours(months.reduce((n, m) => n + m.minutes.total, 0));
  const series = [
    ['routine', t('impactTimeRoutine')],
    ['events', t('impactTimeEvents')],
    ['interactions', t('impactTimeInteractions')],
  ] as const;
  return (
    <ChartFigure
      id="chart-time"
      title={t('impactTimeTitle')}
      summary={t('impactTimeSummary', total)}
      columns={[t('impactMonth'), ...series.map(([, label]) => label), t('impactTotalHours')]}
      rows={months.map((m, i) => [
        monthLabel(m.key),
        data[i]!.routine,
        data[i]!.events,
        data[i]!.interactions,
        hours(m.minutes.total),
      ])}
    >
      <BarChart {...CHART} data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="month" {...AXIS} />
        <YAxis {...AXIS} />
        <Tooltip />
        <Legend />
        {series.map(([key, label], i) => (
          <Bar
            key={key}
            dataKey={key}
            name={label}
            stackId="time"
            fill={PALETTE[i]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
