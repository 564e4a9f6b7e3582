import { DAY_MS } from '../schemas/common';
import type { Contact } from '../schemas/contact';
import type { Settings } from '../schemas/settings';
import type { HistorySummary } from './history';
import type { ReasonPart } from './types';

/**
 * The score, out of 100, is a weighted sum a user can follow:
 * - 55 for fit: how well this gift meets the person (tags, needs, news…);
 * - 20 for time since the user last gave them anything (full after 6 months, or never);
 * - 15 for reciprocity: they gave the user more than they got back (full at 3 more);
 * - 10 for keep-in-touch: past their circle's cadence (half when just due, full at twice it).
 * The last three are the same for every idea about one person, so within a
 * person fit decides; across people (the Friday routine) they push forward
 * those the user owes or has neglected.
 */
export const WEIGHTS = { fit: 55, gaveGap: 20, reciprocity: 15, due: 10 } as const;

/** Timing factors of one person, each 0–1, with the reason part each would add. */
export interface Timing {
  gaveGap: number;
  reciprocity: number;
  due: number;
  /** The factor that weighs most, to name in the reason (none when all are small). */
  part?: ReasonPart;
}

/** Below this many points a factor is not worth saying. */
const MENTION_POINTS = 3;

type CadenceSettings = Pick<Settings, 'cadenceDays'>;

/**
 * Their own cadence, else their circle's (dormant: none). Unlike the
 * keep-in-touch reminders (`keepInTouchDueAt`, lib/routine/reminders.ts),
 * which never make a dormant person due, a dormant person with their own
 * cadence can score as due here (in one person's suggestions: `rankContacts`
 * skips dormant people).
 */
function cadenceOf(contact: Contact, settings: CadenceSettings): number | undefined {
  if (contact.cadenceDays) return contact.cadenceDays;
  return contact.circle === 'dormant' ? undefined : settings.cadenceDays[contact.circle];
}

/** How long since the user gave, whether they owe, whether the person is due a sign of life. */
export function timingOf(
  contact: Contact,
  history: HistorySummary,
  settings: CadenceSettings,
  now: number,
): Timing {
  const gaveDays = history.lastGaveAt === undefined ? undefined : (now - history.lastGaveAt) / DAY_MS;
  const gaveGap = gaveDays === undefined ? 1 : Math.min(1, Math.max(0, gaveDays) / 180);
  const owe = history.receivedCount - history.gaveCount;
  const reciprocity = owe > 0 ? Math.min(1, owe / 3) : 0;
  const cadence = cadenceOf(contact, settings);
  const sinceDays = (now - (contact.lastInteractionAt ?? contact.createdAt)) / DAY_MS;
  const overdue = cadence === undefined ? -1 : sinceDays - cadence;
  const due = overdue < 0 || cadence === undefined ? 0 : Math.min(1, 0.5 + overdue / (2 * cadence));

  const options: [number, ReasonPart][] = [
    [
      WEIGHTS.gaveGap * gaveGap,
      gaveDays === undefined ? { code: 'never-gave' } : { code: 'last-gave', n: Math.floor(gaveDays) },
    ],
    [WEIGHTS.reciprocity * reciprocity, { code: 'owe', n: owe }],
    [WEIGHTS.due * due, { code: 'due', n: Math.floor(sinceDays) }],
  ];
  // Strict ">" keeps the first listed on ties: deterministic.
  let best: [number, ReasonPart] | undefined;
  for (const o of options) if (o[0] >= MENTION_POINTS && (!best || o[0] > best[0])) best = o;
  return { gaveGap, reciprocity, due, ...(best ? { part: best[1] } : {}) };
}

/** The 0–100 score of one idea for one person. */
export function scoreOf(fit: number, timing: Timing): number {
  const raw =
    WEIGHTS.fit * fit +
    WEIGHTS.gaveGap * timing.gaveGap +
    WEIGHTS.reciprocity * timing.reciprocity +
    WEIGHTS.due * timing.due;
  // One decimal: readable, and ties stay ties instead of differing by float noise.
  return Math.round(raw * 10) / 10;
}
