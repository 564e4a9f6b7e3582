import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb } from '@/lib/db';
import {
  loadContactInputs,
  loadGiveFirstIndexFor,
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

/** One person's inputs and the event of their last conversation that names one. */
async function loadPerson(contactId: number) {
  const db = getDb();
  const inputs = await loadContactInputs(db, contactId);
  if (!inputs) return null;
  const withEvent = inputs.interactions
    .filter((i) => i.contactId === contactId && i.eventId !== undefined)
    .sort((a, b) => b.date - a.date)[0];
  const event = withEvent?.eventId === undefined ? undefined : await events.get(db, withEvent.eventId);
  return { inputs, event };
}

/**
 * One person's suggestions, kept live. The index holds only what can be
 * suggested to this person (see `loadGiveFirstIndexFor`), never the whole
 * address book; and it is a separate query from the person's own inputs, so
 * dismissing an idea or logging an interaction re-reads one person.
 * `undefined` while loading; `null` when the person is not in the address book.
 */
export function useGiveFirst(
  contactId: number,
  now: () => number = Date.now,
): GiveFirstData | null | undefined {
  const index = useLiveQuery(() => loadGiveFirstIndexFor(getDb(), contactId), [contactId]);
  const person = useLiveQuery(() => loadPerson(contactId), [contactId]);
  return useMemo(() => {
    if (person === null) return null;
    if (!index || !person) return undefined;
    const suggestions = suggestGiveFirst({ ...person.inputs, index, now: now() });
    return { suggestions, index, inputs: person.inputs, ...(person.event ? { event: person.event } : {}) };
    // `now` is read when the data changes, on purpose: a clock tick alone does not re-rank.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, person]);
}
