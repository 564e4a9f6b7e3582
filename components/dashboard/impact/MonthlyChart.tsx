import type { ComponentProps } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '@/lib/i18n';
import type { MonthStats } from '@/lib/stats';
import { ChartFigure } from './ChartFigure';
import { AXIS, CHART, axisMonthLabel, monthLabel } from './chart-kit';

/** One series: its value's key in each month's point, its name in the legend, its colour. */
export interface MonthlySeries {
  key: string;
  name: string;
  color: string;
}

/**
 * The Impact section's chart scaffolding: one point per month (labelled on
 * the x axis), a bar per series (side by side, or stacked under `stack`) or
 * a line, inside its ChartFigure with the table alternative.
 */
export function MonthlyChart({
  months,
  point,
  series,
  line = false,
  stack,
  integers = true,
  ...figure
}: Omit<ComponentProps<typeof ChartFigure>, 'children'> & {
  months: readonly MonthStats[];
  point: (m: MonthStats) => Record<string, number>;
  series: readonly MonthlySeries[];
  /** A line chart without a legend (one series); bars with a legend otherwise. */
  line?: boolean;
  stack?: string;
  /** Whole numbers only on the y axis (counts); false for hours. */
  integers?: boolean;
}) {
  const data = months.map((m) => ({ month: monthLabel(m.key), ...point(m) }));
  // An empty chart says nothing: say there is not enough data yet instead of drawing zeros.
  const hasData = months.some((m) => Object.values(point(m)).some((v) => v > 0));
  if (!hasData) {
    return (
      <figure className="chart chart-empty" aria-labelledby={`${figure.id}-title`}>
        <figcaption>
          <h3 id={`${figure.id}-title`}>{figure.title}</h3>
        </figcaption>
        <p className="muted" data-testid={`${figure.id}-empty`}>
          {t('impactNotEnoughData')}
        </p>
      </figure>
    );
  }
  const frame = [
    <CartesianGrid key="grid" strokeDasharray="3 3" strokeOpacity={0.3} />,
    // Every month gets its label (`interval={0}`: recharts would otherwise hide the ones it thinks overlap),
    // short enough to fit: the month alone, with the year on the first one and on January.
    <XAxis
      key="x"
      dataKey="month"
      {...AXIS}
      interval={0}
      tickFormatter={(_: string, index: number) =>
        months[index] ? axisMonthLabel(months[index].key, index) : _
      }
    />,
    <YAxis key="y" allowDecimals={!integers} {...AXIS} />,
    <Tooltip key="tooltip" />,
  ];
  return (
    <ChartFigure {...figure}>
      {line ? (
        <LineChart {...CHART} data={data} accessibilityLayer={false}>
          {frame}
          {series.map((s) => (
            <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} isAnimationActive={false} />
          ))}
        </LineChart>
      ) : (
        <BarChart {...CHART} data={data} accessibilityLayer={false}>
          {frame}
          <Legend />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId={stack}
              fill={s.color}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ChartFigure>
  );
}
