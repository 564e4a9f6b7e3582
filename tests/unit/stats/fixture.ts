import type { ImpactData } from '@/lib/stats';

export const ZONE = 'Europe/Paris';
/** Paris local time → epoch ms: UTC+2 from the last Sunday of March to the last of October (25 Oct 2026, 26 Oct 2025). */
export function paris(y: number, m: number, d: number, h = 12, min = 0): number {
  const octoberEnd = y === 2025 ? 26 : 25;
  const summer = (m > 3 && m < 10) || (m === 3 && d >= 29) || (m === 10 && d < octoberEnd);
  return Date.UTC(y, m - 1, d, h - (summer ? 2 : 1), min);
}

/** 15 June 2026, noon in Paris. */
export const NOW = paris(2026, 6, 15);

export function emptyData(patch: Partial<ImpactData> = {}): ImpactData {
  return {
    opportunities: [],
    sessions: [],
    events: [],
    interactions: [],
    tasks: [],
    closeContacts: [],
    ...patch,
  };
}
