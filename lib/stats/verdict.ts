import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import { flowOf } from './balance';
import { firstActivity, minutesIn, type ImpactData } from './input';
import { monthsBetween } from './months';

/** The guide: "if the ROI is not positive after 6 months, change strategy". */
export const VERDICT_MONTHS = 6;
/** At least one return (an opportunity or help received) for every this many hours invested. */
export const HOURS_PER_RETURN = 5;

/** The figures behind a verdict, over the last six months. */
export interface VerdictFigures {
  opportunities: number;
  /** Help received: interactions that went the user's way (opportunities not counted twice). */
  received: number;
  hours: number;
  /** opportunities + received */
  returns: number;
  /** How many returns the hours call for: hours / HOURS_PER_RETURN. */
  needed: number;
}

/**
 * Why it is too early: fewer than six months since the first thing recorded
 * (`months`), or no time invested at all over the last six months (`no-time`):
 * an archive import brings years of messages on day one, but without a routine
 * sitting, an event or a timed conversation there are no hours to weigh the
 * returns against.
 */
export type TooEarlyReason = 'months' | 'no-time';

export type Verdict =
  | { kind: 'too-early'; reason: TooEarlyReason; monthsOfData: number; monthsToGo: number }
  | { kind: 'paying-off' | 'change-strategy'; figures: VerdictFigures; from: number };

/**
 * The plain verdict, once there are six months of data (from the first thing
 * recorded). Over the last six months, networking **pays off** when
 *  1. it brought at least one opportunity, and
 *  2. returns (opportunities + help received) ≥ hours invested ÷ 5,
 *     i.e. at least one return for every five hours.
 * Otherwise it is time to **change strategy**. With no time invested over the
 * last six months (hours = 0) there is nothing to judge: still too early. Pure.
 */
export function roiVerdict(data: ImpactData, now: number, zone: string): Verdict {
  const first = firstActivity(data, now);
  const monthsOfData = first === undefined ? 0 : monthsBetween(first, now, zone);
  if (monthsOfData < VERDICT_MONTHS) {
    return { kind: 'too-early', reason: 'months', monthsOfData, monthsToGo: VERDICT_MONTHS - monthsOfData };
  }
  const from = addMonths(new TZDate(now, zone), -VERDICT_MONTHS).getTime();
  const inside = (t: number) => t >= from && t <= now;
  const opportunities = data.opportunities.filter((o) => inside(o.date)).length;
  const received = data.interactions.filter((i) => inside(i.date) && flowOf(i) === 'received').length;
  const hours = Math.round((minutesIn(data, from, now + 1, now).total / 60) * 10) / 10;
  if (hours === 0) return { kind: 'too-early', reason: 'no-time', monthsOfData, monthsToGo: 0 };
  const returns = opportunities + received;
  // Rounded up, so the figure shown never promises less than the rule asks.
  const needed = Math.ceil((hours / HOURS_PER_RETURN) * 10) / 10;
  const figures = { opportunities, received, hours, returns, needed };
  const paying = opportunities >= 1 && returns * HOURS_PER_RETURN >= hours;
  return { kind: paying ? 'paying-off' : 'change-strategy', figures, from };
}
