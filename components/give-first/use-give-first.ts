import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import {
  loadContactInputs,
  loadGiveFirstIndex,
  suggestGiveFirst,
  type ContactInputs,
  type GiveFirstIndex,
  type Suggestion,
} from '@/lib/give-first';
import type { NetworkEvent } from '@/lib/schemas/library';

/** Everything a give-first view needs about one person. */
export interface GiveFirstData {
  suggestions: Suggestion[];
  index: GiveFirstIndex;
  inputs: ContactInputs;
  /** The event of their last conversation, for the follow-up's `{event}`. */
  event?: NetworkEvent;
}

/**
 * One person's suggestions, kept live: a new resource, a logged interaction or
 * a dismissed idea re-ranks them. `undefined` while loading; `null` when the
 * person is not in the address book.
 */
export function useGiveFirst(
  contactId: number,
  now: () => number = Date.now,
): GiveFirstData | null | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [index, inputs] = await Promise.all([loadGiveFirstIndex(db), loadContactInputs(db, contactId)]);
    if (!inputs) return null;
    const suggestions = suggestGiveFirst({ ...inputs, index, now: now() });
    const withEvent = inputs.interactions
      .filter((i) => i.contactId === contactId && i.eventId !== undefined)
      .sort((a, b) => b.date - a.date)[0];
    const event = withEvent?.eventId === undefined ? undefined : await db.events.get(withEvent.eventId);
    return { suggestions, index, inputs, ...(event ? { event } : {}) };
  }, [contactId]);
}
