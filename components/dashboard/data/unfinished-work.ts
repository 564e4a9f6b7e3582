import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

/**
 * An import or restore is one IndexedDB transaction: if the page dies half-way
 * (tab closed, browser killed, extension reloaded) the browser aborts it and
 * nothing of it is stored. What would be lost is the user's knowledge of it,
 * so a marker in `storage.local` is set before and removed after; a marker
 * still there on the next visit means the work was cut off.
 */
const KEY = 'guild:unfinished-work';
/** Held while the work runs, so another open dashboard does not call it interrupted. */
const LOCK = 'guild:unfinished-work';

const MarkSchema = z.object({ kind: z.enum(['import', 'restore']), startedAt: z.number() });
export type UnfinishedWork = z.infer<typeof MarkSchema>;

/** Run an all-or-nothing write with the marker set for as long as it runs. */
export async function markedWhile<T>(kind: UnfinishedWork['kind'], run: () => Promise<T>): Promise<T> {
  await browser.storage.local.set({ [KEY]: { kind, startedAt: Date.now() } });
  try {
    return globalThis.navigator?.locks ? await navigator.locks.request(LOCK, run) : await run();
  } finally {
    // A failure that the page lived to see is reported on screen already.
    await browser.storage.local.remove(KEY);
  }
}

/** The work a previous page started and never finished, if any. */
export async function unfinishedWork(): Promise<UnfinishedWork | undefined> {
  const stored = MarkSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  if (!stored.success) return undefined;
  const held = await (globalThis.navigator?.locks?.query() ?? Promise.resolve(undefined))
    .then((state) => state?.held?.some((lock) => lock.name === LOCK) ?? false)
    .catch(() => false);
  return held ? undefined : stored.data;
}

/** The user has read the notice. */
export function forgetUnfinishedWork(): Promise<void> {
  return browser.storage.local.remove(KEY);
}
