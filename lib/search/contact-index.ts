import type { ContactEntry } from './entry';
import { compareBy, type SortKey } from './query';

/** Below this many changes, sorted orders are patched in place; above, re-sorted on next use. */
const PATCH_LIMIT = 500;

/** Where the first full read is. */
export interface IndexStatus {
  loading: boolean;
  loaded: number;
  /** The last full read failed (the index is then empty, never a part of the address book). */
  failed?: string;
}

/**
 * The in-memory search index of the address book: one small entry per
 * contact and, per sort key, the entries in order (sorted once, then patched),
 * so that a query is a single pass. Lives outside React; views subscribe.
 */
export class ContactIndex {
  private readonly byId = new Map<number, ContactEntry>();
  private readonly orders = new Map<SortKey, ContactEntry[]>();
  private readonly maskArrays = new Map<SortKey, Int32Array>();
  private readonly listeners = new Set<() => void>();
  private status: IndexStatus = { loading: true, loaded: 0 };
  /** Bumped on every change; what `useSyncExternalStore` compares. */
  version = 0;

  get size(): number {
    return this.byId.size;
  }

  getStatus(): IndexStatus {
    return this.status;
  }

  get(id: number): ContactEntry | undefined {
    return this.byId.get(id);
  }

  /** Every entry, ordered by `key` (ascending as `compareBy` defines it). */
  ordered(key: SortKey): readonly ContactEntry[] {
    let order = this.orders.get(key);
    if (!order) {
      order = [...this.byId.values()].sort(compareBy(key));
      this.orders.set(key, order);
    }
    return order;
  }

  /**
   * Each entry's character mask, in `ordered(key)`'s order, in one typed
   * array: a full pass reads it sequentially and touches only the entries
   * that may match (reading 100,000 scattered objects is what costs).
   */
  masks(key: SortKey): Int32Array {
    const order = this.ordered(key);
    let masks = this.maskArrays.get(key);
    if (!masks) {
      masks = Int32Array.from(order, (e) => e.mask);
      this.maskArrays.set(key, masks);
    }
    return masks;
  }

  /** Every distinct tag with how many people have it, most used first. */
  tagCounts(): [string, number][] {
    const counts = new Map<string, number>();
    for (const entry of this.byId.values()) {
      for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  /** Add or replace entries, and forget ids that no longer exist. */
  apply(upserts: readonly ContactEntry[], removals: readonly number[] = [], notify = true): void {
    const patch = upserts.length + removals.length <= PATCH_LIMIT;
    this.maskArrays.clear();
    for (const id of removals) {
      const old = this.byId.get(id);
      if (!old) continue;
      this.byId.delete(id);
      if (patch) for (const order of this.orders.values()) removeFrom(order, old);
    }
    for (const entry of upserts) {
      const old = this.byId.get(entry.id);
      this.byId.set(entry.id, entry);
      if (!patch) continue;
      for (const [key, order] of this.orders) {
        if (old) removeFrom(order, old);
        insertSorted(order, entry, compareBy(key));
      }
    }
    if (!patch) this.orders.clear();
    if (notify) this.changed();
  }

  /** Empty the index (before a full reload). */
  clear(): void {
    this.byId.clear();
    this.orders.clear();
    this.maskArrays.clear();
  }

  setStatus(status: IndexStatus): void {
    this.status = status;
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

function removeFrom(order: ContactEntry[], entry: ContactEntry): void {
  const at = order.indexOf(entry);
  if (at >= 0) order.splice(at, 1);
}

function insertSorted(
  order: ContactEntry[],
  entry: ContactEntry,
  compare: ReturnType<typeof compareBy>,
): void {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(order[mid]!, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  order.splice(lo, 0, entry);
}
