import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb, getSettings } from '@/lib/db';
import { defaultSettings } from '@/lib/schemas/settings';
import {
  firstByName,
  SearchSession,
  type ContactEntry,
  type ContactFilter,
  type IndexStatus,
  type SortKey,
} from '@/lib/search';
import { useContactIndex } from './use-contact-index';

/** The table's view: what to search and filter, and how to sort. */
export interface TableView {
  filter: ContactFilter;
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_VIEW: TableView = { filter: { text: '' }, sort: 'name', descending: false };

const DEFAULT_CADENCE = defaultSettings().cadenceDays;

/** The table as it opens (by name, nothing typed or filtered): the one view the `name` index can serve alone. */
function isPlainView({ filter, sort, descending }: TableView): boolean {
  const { text, circle, tag, communityId, due, eventId } = filter;
  return (
    sort === 'name' &&
    !descending &&
    !text.trim() &&
    !circle &&
    !tag &&
    communityId === undefined &&
    !due &&
    eventId === undefined
  );
}

/**
 * The matching entries, recomputed synchronously in render: one pass over the
 * pre-sorted index (a few ms at 100,000), so the table follows each keystroke
 * within a frame without debouncing.
 */
export function useContactResults(view: TableView): {
  rows: ContactEntry[];
  total: number;
  status: IndexStatus;
  retry: () => void;
} {
  const { index, version, status, retry } = useContactIndex();
  const settings = useLiveQuery(() => getSettings(getDb()), []);
  const { eventId } = view.filter;
  const eventIds = useLiveQuery(
    async () => (eventId === undefined ? undefined : (await events.get(getDb(), eventId))?.contactIds),
    [eventId],
  );
  // The clock for "keep-in-touch due" is read once per visit: a day boundary mid-visit can wait.
  const [now] = useState(() => Date.now());
  const cadence = settings?.cadenceDays ?? DEFAULT_CADENCE;
  // Mutable on purpose: it remembers the last results between keystrokes (see SearchSession).
  const [session] = useState(() => new SearchSession());
  // Nothing is queried while the index loads: every page read would re-sort a growing index,
  // and results from part of the address book would be wrong. Only the table as it opens
  // shows at once: its first screen, read in name order through the `name` index.
  // A failed load is not an empty address book: nothing is shown but the failure (see ContactList).
  const loading = status.loading || status.failed !== undefined;
  const plain = isPlainView(view);
  const firstScreen = useLiveQuery(
    async () => (status.loading && plain ? firstByName(getDb()) : undefined),
    [status.loading, plain],
  );
  // Whatever, besides the text, decides the results: a change starts a fresh search session.
  const scope = JSON.stringify([
    version,
    view.sort,
    view.descending,
    { ...view.filter, text: undefined },
    now,
    cadence,
    eventIds,
  ]);
  const rows = useMemo(
    () =>
      loading
        ? (plain && firstScreen) || []
        : session.run(
            index.ordered(view.sort),
            view.filter,
            { now, cadence, eventContactIds: eventIds ? new Set(eventIds) : undefined },
            view.descending,
            scope,
            index.masks(view.sort),
          ),
    [session, index, loading, plain, firstScreen, view, now, cadence, eventIds, scope],
  );
  return { rows, total: index.size, status, retry };
}
