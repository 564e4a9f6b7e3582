import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/react';
import { loadLanguage, setLanguage, type Language } from '@/lib/i18n';
import type { MonthKey, MonthStats } from '@/lib/stats';
import { MonthlyChart } from '@/components/dashboard/impact/MonthlyChart';

/** Hand check, 2026-12-07: at 1280 px, Nov (English) and févr., août, nov. (French) were missing under the charts. */
const KEYS = [
  '2025-12',
  ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
] as MonthKey[];
const months = KEYS.map((key, i) => ({ key, value: i + 1 })) as unknown as MonthStats[];

function xLabels(): string[] {
  const axis = document.querySelector('.recharts-xAxis-tick-labels');
  if (!axis) return [];
  return [...axis.querySelectorAll('.recharts-cartesian-axis-tick-value')].map(
    (tick) => tick.textContent ?? '',
  );
}

describe('Impact charts: a label for every month', () => {
  afterEach(() => {
    cleanup();
    setLanguage('en');
  });

  test.each<[Language, string[]]>([
    ['en', ['Dec 25', 'Jan 26', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']],
    [
      'fr',
      [
        'déc. 25',
        'janv. 26',
        'févr.',
        'mars',
        'avr.',
        'mai',
        'juin',
        'juil.',
        'août',
        'sept.',
        'oct.',
        'nov.',
      ],
    ],
  ])(
    'all twelve months are labelled, the year on the first and on January (%s)',
    async (language, labels) => {
      await loadLanguage(language);
      setLanguage(language);
      render(
        <MonthlyChart
          id="chart-test"
          title="Test"
          summary="Test"
          columns={['Month', 'Value']}
          rows={[]}
          months={months}
          point={(m) => ({ value: (m as unknown as { value: number }).value })}
          series={[{ key: 'value', name: 'Value', color: '#4e79a7' }]}
        />,
      );
      await waitFor(() => expect(xLabels()).toEqual(labels));
    },
  );
});
