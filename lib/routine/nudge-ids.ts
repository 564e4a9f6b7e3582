import * as z from 'zod/mini';
import { ROUTINE_LIST_NAMES } from './nudges';

/**
 * A nudge's notification id says which list it opens (and, for routine days,
 * which weekday its title names): `guild:nudge:monday:1`,
 * `guild:nudge:follow-ups`. One id per list, so a new nudge of a kind
 * replaces the old one instead of piling up. Snooze alarms reuse the same
 * tail: `guild:snooze:monday:1`.
 */
const NudgeIdSchema = z.object({
  list: z.enum(ROUTINE_LIST_NAMES),
  weekday: z.optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(6))),
});
export type NudgeTarget = z.infer<typeof NudgeIdSchema>;

export const NOTIFICATION_PREFIX = 'guild:nudge:';
export const SNOOZE_PREFIX = 'guild:snooze:';

/** The id tail for a target (`monday:1`). */
export function targetTail(target: NudgeTarget): string {
  return target.weekday === undefined ? target.list : `${target.list}:${target.weekday}`;
}

/** Parse an id (notification or alarm) with the given prefix; anything else is not Guild's nudge. */
export function parseTarget(id: string, prefix: string): NudgeTarget | null {
  if (!id.startsWith(prefix)) return null;
  const [list, weekday] = id.slice(prefix.length).split(':');
  const parsed = NudgeIdSchema.safeParse({ list, weekday });
  return parsed.success ? parsed.data : null;
}
