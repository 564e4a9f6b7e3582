import type { GuildDatabase } from '../db/database';
import { logInteraction } from '../db/interactions';
import { SuggestionStateSchema, type SuggestionState } from '../schemas/feedback';
import type { InteractionKind } from '../schemas/interaction';
import { feedbackUntil } from './feedback';
import type { Suggestion, SuggestionKind } from './types';

/**
 * What "done" logs. Every one has direction `gave`, so it counts as a gift in
 * the reciprocity balance; the specific kind keeps the history readable and,
 * for introductions, is what stops the engine from suggesting the same pair again.
 */
const DONE_KIND: Record<SuggestionKind, InteractionKind> = {
  share: 'gave',
  help: 'gave',
  introduce: 'introduced',
  review: 'reviewed',
  recommend: 'recommended',
  congratulate: 'congratulated',
};

/**
 * Record what the user did with a suggestion: it stays away until the state's
 * `until` (one per person and key: a new answer replaces the old one). "Done"
 * also logs the gift as an interaction, so keep-in-touch and reciprocity stay true.
 */
export async function recordSuggestionFeedback(
  db: GuildDatabase,
  suggestion: Pick<Suggestion, 'contactId' | 'key' | 'kind' | 'refs'>,
  state: SuggestionState['state'],
  now = Date.now(),
  snoozeDays?: number,
): Promise<void> {
  const record = SuggestionStateSchema.parse({
    contactId: suggestion.contactId,
    key: suggestion.key,
    state,
    at: now,
    until: feedbackUntil(state, now, snoozeDays),
  });
  await db.transaction('rw', db.suggestionStates, async () => {
    await db.suggestionStates.where('[contactId+key]').equals([record.contactId, record.key]).delete();
    await db.suggestionStates.add(record);
  });
  if (state !== 'done') return;
  const { refs } = suggestion;
  await logInteraction(
    db,
    {
      contactId: suggestion.contactId,
      kind: DONE_KIND[suggestion.kind],
      direction: 'gave',
      date: now,
      ...(refs.resourceId !== undefined ? { resourceId: refs.resourceId } : {}),
      ...(refs.otherContactId !== undefined ? { otherContactId: refs.otherContactId } : {}),
      ...(refs.matched ? { topic: refs.matched.slice(0, 500) } : {}),
    },
    now,
  );
}
