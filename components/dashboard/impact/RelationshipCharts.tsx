import { t, tCount } from '@/lib/i18n';
import type { MonthStats } from '@/lib/stats';
import { PALETTE, monthLabel } from './chart-kit';
import { MonthlyChart } from './MonthlyChart';

/** Gives and receives per month, side by side. */
export function GivesChart({ months }: { months: MonthStats[] }) {
  const gave = months.reduce((n, m) => n + m.gave, 0);
  const received = months.reduce((n, m) => n + m.received, 0);
  return (
    <MonthlyChart
      id="chart-gives"
      title={t('impactGivesTitle')}
      summary={t(
        'impactGivesSummary',
        tCount(gave, 'impactTimesOne', 'impactTimes'),
        tCount(received, 'impactTimesOne', 'impactTimes'),
      )}
      columns={[t('impactMonth'), t('impactGave'), t('impactReceived')]}
      rows={months.map((m) => [monthLabel(m.key), m.gave, m.received])}
      months={months}
      point={(m) => ({ gave: m.gave, received: m.received })}
      series={[
        { key: 'gave', name: t('impactGave'), color: PALETTE[0] },
        { key: 'received', name: t('impactReceived'), color: PALETTE[1] },
      ]}
    />
  );
}

/** Follow-ups created each month, and those done within 24 hours. */
export function FollowUpsChart({ months }: { months: MonthStats[] }) {
  const total = months.reduce((n, m) => n + m.followUps.total, 0);
  const onTime = months.reduce((n, m) => n + m.followUps.onTime, 0);
  return (
    <MonthlyChart
      id="chart-follow-ups"
      title={t('impactFollowTitle')}
      summary={t('impactFollowSummary', onTime, total)}
      columns={[t('impactMonth'), t('impactFollowTotal'), t('impactFollowOnTime')]}
      rows={months.map((m) => [monthLabel(m.key), m.followUps.total, m.followUps.onTime])}
      months={months}
      point={(m) => m.followUps}
      series={[
        { key: 'total', name: t('impactFollowTotal'), color: PALETTE[5] },
        { key: 'onTime', name: t('impactFollowOnTime'), color: PALETTE[2] },
      ]}
    />
  );
}

/** The close circle's size at the end of each month. */
export function CircleChart({ months }: { months: MonthStats[] }) {
  return (
    <MonthlyChart
      id="chart-circle"
      title={t('impactCircleTitle')}
      summary={t('impactCircleSummary', months[months.length - 1]?.closeCircle ?? 0)}
      columns={[t('impactMonth'), t('impactCircleSize')]}
      rows={months.map((m) => [monthLabel(m.key), m.closeCircle])}
      months={months}
      point={(m) => ({ close: m.closeCircle })}
      line
      series={[{ key: 'close', name: t('impactCircleSize'), color: PALETTE[4] }]}
    />
  );
}
