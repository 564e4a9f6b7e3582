import { DAY_MS } from '../schemas/common';
import type { SuggestionState } from '../schemas/feedback';

/** How long each answer keeps a suggestion away. "Done" is for good: the gift was made. */
export const FEEDBACK_DAYS = { done: 3650, dismissed: 90, snoozed: 14 } as const;

/** The `until` of a new feedback state. */
export function feedbackUntil(state: SuggestionState['state'], now: number, snoozeDays?: number): number {
  const days = state === 'snoozed' && snoozeDays ? snoozeDays : FEEDBACK_DAYS[state];
  return now + days * DAY_MS;
}

/** The keys of one person's suggestions that must stay away at `now`. */
export function blockedKeys(contactId: number, states: readonly SuggestionState[], now: number): Set<string> {
  const blocked = new Set<string>();
  for (const s of states) if (s.contactId === contactId && s.until > now) blocked.add(s.key);
  return blocked;
}
