import type { Opportunity } from '../schemas/library';
import { balances } from './balance';
import { doneWithin24h, isPending } from './follow-ups';
import { minutesIn, type ImpactData, type Minutes } from './input';
import { lastMonths, type MonthKey } from './months';

export type OpportunityKind = Opportunity['kind'];

/** The opportunity kinds, in the order the charts stack them. */
export const OPPORTUNITY_KINDS: readonly OpportunityKind[] = [
  'job',
  'freelance',
  'speaking',
  'mentoring',
  'partnership',
  'learning',
  'other',
];

/** One month of the Impact section. */
export interface MonthStats {
  key: MonthKey;
  start: number;
  end: number;
  opportunities: Record<OpportunityKind, number>;
  opportunityCount: number;
  minutes: Minutes;
  gave: number;
  received: number;
  /** Close-circle people saved before the month ended (circle changes are not dated, so today's circle is used). */
  closeCircle: number;
  /**
   * Follow-up tasks created that month whose 24 hours are over or that are
   * done, and those done within 24 hours. One still inside its 24 hours is
   * not counted yet: it is not missed, it is pending.
   */
  followUps: { total: number; onTime: number };
}

const zeroKinds = (): Record<OpportunityKind, number> =>
  Object.fromEntries(OPPORTUNITY_KINDS.map((k) => [k, 0])) as Record<OpportunityKind, number>;

/** Per local month over the last `count` (12 by default), oldest first. Pure. */
export function monthlyImpact(data: ImpactData, now: number, zone: string, count = 12): MonthStats[] {
  return lastMonths(now, zone, count).map(({ key, start, end }) => {
    const inside = (t: number) => t >= start && t < end;
    const opportunities = zeroKinds();
    let opportunityCount = 0;
    for (const o of data.opportunities) {
      if (!inside(o.date)) continue;
      opportunities[o.kind] += 1;
      opportunityCount += 1;
    }
    const { overall } = balances(
      data.interactions.filter((i) => inside(i.date)),
      data.opportunities.filter((o) => inside(o.date)),
    );
    const followUps = { total: 0, onTime: 0 };
    for (const t of data.tasks) {
      if (t.kind !== 'follow-up' || !inside(t.createdAt)) continue;
      if (isPending(t, now)) continue;
      followUps.total += 1;
      if (doneWithin24h(t)) followUps.onTime += 1;
    }
    return {
      key,
      start,
      end,
      opportunities,
      opportunityCount,
      minutes: minutesIn(data, start, end, now),
      gave: overall.gave,
      received: overall.received,
      closeCircle: data.closeContacts.filter((c) => c.createdAt < end).length,
      followUps,
    };
  });
}
