import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { GuildDatabase } from '../db/database';
import { readInPages } from '../db/read-in-pages';
import type { Contact } from '../schemas/contact';
import { ContactIndex } from './contact-index';
import { entryOf } from './entry';

/** Records read per step of the first load: the page stays responsive and shows progress. */
const PAGE = 2000;
/** More changed keys than this in one commit (a big import) and a full reload is as cheap. */
const RELOAD_ABOVE = 5000;

type Keys = { ids: number[] } | 'all';

/** The primary keys a commit touched in the contacts table, or 'all' when Dexie says a range. */
export function changedContactKeys(parts: ObservabilitySet, dbName: string): Keys | undefined {
  const trees = [parts[`idb://${dbName}/contacts/`], parts[`idb://${dbName}/contacts/:dels`], parts.all];
  const ids = new Set<number>();
  let any = false;
  for (const tree of trees) {
    if (!tree) continue;
    any = true;
    if (!collect(tree, ids)) return 'all';
  }
  if (!any) return undefined;
  return ids.size > RELOAD_ABOVE ? 'all' : { ids: [...ids] };
}

/** Walk Dexie's interval tree; false when a node is a range rather than one key. */
function collect(tree: IntervalTree, into: Set<number>): boolean {
  if (!('from' in tree)) return true;
  if (tree.from !== tree.to || typeof tree.from !== 'number') return false;
  into.add(tree.from);
  return (!tree.l || collect(tree.l, into)) && (!tree.r || collect(tree.r, into));
}

const withId = (c: Contact | undefined): c is Contact & { id: number } => c?.id !== undefined;

/**
 * Read every contact into the index, a page at a time, reporting progress.
 * A failed read leaves the index empty with the reason in its status: the
 * list says so (and offers to try again) instead of loading forever or
 * searching part of the address book.
 */
async function loadAll(db: GuildDatabase, index: ContactIndex): Promise<void> {
  index.clear();
  index.setStatus({ loading: true, loaded: 0 });
  try {
    await readInPages(db.contacts, PAGE, (page) => {
      index.apply(page.filter(withId).map(entryOf), [], false);
      index.setStatus({ loading: true, loaded: index.size });
    });
  } catch (error) {
    console.error('contact index', error);
    index.clear();
    index.setStatus({
      loading: false,
      loaded: 0,
      failed: error instanceof Error ? error.message || error.name : String(error),
    });
    return;
  }
  index.setStatus({ loading: false, loaded: index.size });
}

async function refresh(db: GuildDatabase, index: ContactIndex, ids: number[]): Promise<void> {
  const rows = await db.contacts.bulkGet(ids);
  const removed = ids.filter((_, i) => !rows[i]);
  index.apply(rows.filter(withId).map(entryOf), removed);
}

const live = new Map<string, { index: ContactIndex; stop: () => void; reload: () => void }>();

/**
 * The search index of a database, built on first use and then kept current
 * from Dexie's `storagemutated` event, which also reports changes made in
 * other extension pages (side panel, background). One per database, kept
 * for the page's life, so going back to the table is instant.
 */
export function liveContactIndex(db: GuildDatabase): ContactIndex {
  const existing = live.get(db.name);
  if (existing) return existing.index;
  const index = new ContactIndex();
  // Changes are applied one after another, after the first load.
  let queue = loadAll(db, index);
  const run = (step: () => Promise<void>) => {
    queue = queue.then(step).catch((error: unknown) => console.error('contact index', error));
  };
  const onMutated = (parts: ObservabilitySet) => {
    const keys = changedContactKeys(parts, db.name);
    if (keys === 'all') run(() => loadAll(db, index));
    else if (keys) run(() => refresh(db, index, keys.ids));
  };
  Dexie.on('storagemutated', onMutated);
  live.set(db.name, {
    index,
    stop: () => Dexie.on.storagemutated.unsubscribe(onMutated),
    reload: () => run(() => loadAll(db, index)),
  });
  return index;
}

/** Read the whole address book into a database's index again (after a failed load). */
export function reloadContactIndex(db: GuildDatabase): void {
  const existing = live.get(db.name);
  if (existing) existing.reload();
  else liveContactIndex(db);
}

/** Forget a database's index (tests use a fresh database each). */
export function dropContactIndex(dbName: string): void {
  live.get(dbName)?.stop();
  live.delete(dbName);
}
