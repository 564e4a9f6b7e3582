import { getLanguage } from '@/lib/i18n';
import type { MonthKey } from '@/lib/stats';

/** Fixed size: the dashboard's column is fixed too, and a measured container would need a ResizeObserver. */
export const CHART = { width: 640, height: 220 } as const;

/**
 * Mid-tone colours readable on both the light and the dark theme (SVG
 * presentation attributes cannot take CSS variables); text uses currentColor.
 */
export const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#76b7b2', '#9c755f'] as const;

export const AXIS = { tick: { fill: 'currentColor', fontSize: 12 }, stroke: 'currentColor' } as const;

/** `2026-03` → "Mar 26" / "mars 26", in Guild's language. */
export function monthLabel(key: MonthKey): string {
  const [y = 0, m = 1] = key.split('-').map(Number);
  return new Date(y, m - 1, 1).toLocaleDateString(getLanguage(), { month: 'short', year: '2-digit' });
}

/**
 * The x axis's label for the month at `index`: the month alone ("Feb" /
 * « févr. »), with its year on the first month and on each January ("Jan 26"),
 * so that all twelve fit side by side and none is skipped.
 */
export function axisMonthLabel(key: MonthKey, index: number): string {
  const [y = 0, m = 1] = key.split('-').map(Number);
  if (index === 0 || m === 1) return monthLabel(key);
  return new Date(y, m - 1, 1).toLocaleDateString(getLanguage(), { month: 'short' });
}

/** Minutes → hours with one decimal. */
export const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
