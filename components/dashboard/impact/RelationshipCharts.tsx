import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '@/lib/i18n';
import type { MonthStats } from '@/lib/stats';
import { ChartFigure } from './ChartFigure';
import { AXIS, CHART, PALETTE, monthLabel } from './chart-kit';

/** Gives and receives per month, side by side. */
export function GivesChart({ months }: { months: MonthStats[] }) {
  const data = months.map((m) => ({ month: monthLabel(m.key), gave: m.gave, received: m.received }));
  const gave = months.reduce((n, m) => n + m.gave, 0);
  const received = months.reduce((n, m) => n + m.received, 0);
  return (
    <ChartFigure
      id="chart-gives"
      title={t('impactGivesTitle')}
      summary={t('impactGivesSummary', gave, received)}
      columns={[t('impactMonth'), t('impactGave'), t('impactReceived')]}
      rows={months.map((m) => [monthLabel(m.key), m.gave, m.received])}
    >
      <BarChart {...CHART} data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="month" {...AXIS} />
        <YAxis allowDecimals={false} {...AXIS} />
        <Tooltip />
        <Legend />
        <Bar dataKey="gave" name={t('impactGave')} fill={PALETTE[0]} isAnimationActive={false} />
        <Bar dataKey="received" name={t('impactReceived')} fill={PALETTE[1]} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}

/** Follow-ups created each month, and those done within 24 hours. */
export function FollowUpsChart({ months }: { months: MonthStats[] }) {
  const data = months.map((m) => ({ month: monthLabel(m.key), ...m.followUps }));
  const total = months.reduce((n, m) => n + m.followUps.total, 0);
  const onTime = months.reduce((n, m) => n + m.followUps.onTime, 0);
  return (
    <ChartFigure
      id="chart-follow-ups"
      title={t('impactFollowTitle')}
      summary={t('impactFollowSummary', onTime, total)}
      columns={[t('impactMonth'), t('impactFollowTotal'), t('impactFollowOnTime')]}
      rows={months.map((m) => [monthLabel(m.key), m.followUps.total, m.followUps.onTime])}
    >
      <BarChart {...CHART} data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="month" {...AXIS} />
        <YAxis allowDecimals={false} {...AXIS} />
        <Tooltip />
        <Legend />
        <Bar dataKey="total" name={t('impactFollowTotal')} fill={PALETTE[5]} isAnimationActive={false} />
        <Bar dataKey="onTime" name={t('impactFollowOnTime')} fill={PALETTE[2]} isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  );
}

/** The close circle's size at the end of each month. */
export function CircleChart({ months }: { months: MonthStats[] }) {
  const data = months.map((m) => ({ month: monthLabel(m.key), close: m.closeCircle }));
  return (
    <ChartFigure
      id="chart-circle"
      title={t('impactCircleTitle')}
      summary={t('impactCircleSummary', months[months.length - 1]?.closeCircle ?? 0)}
      columns={[t('impactMonth'), t('impactCircleSize')]}
      rows={months.map((m) => [monthLabel(m.key), m.closeCircle])}
    >
      <LineChart {...CHART} data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.3} />
        <XAxis dataKey="month" {...AXIS} />
        <YAxis allowDecimals={false} {...AXIS} />
        <Tooltip />
        <Line dataKey="close" name={t('impactCircleSize')} stroke={PALETTE[4]} isAnimationActive={false} />
      </LineChart>
    </ChartFigure>
  );
}
