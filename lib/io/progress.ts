/** How far a long operation has come, for a progress bar. */
export interface Progress {
  /** What is being done now (e.g. `reading`, `writing`). */
  phase: string;
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

/** Records per bulk write: big enough to be fast, small enough to report progress. */
export const CHUNK = 1000;

/** Split a list into chunks of `size`. */
export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `map` over every item, reporting `phase` progress every CHUNK items and after the last. */
export function mapWithProgress<T, R>(
  items: readonly T[],
  phase: string,
  map: (item: T) => R,
  onProgress?: OnProgress,
): R[] {
  return items.map((item, i) => {
    const out = map(item);
    if (onProgress && ((i + 1) % CHUNK === 0 || i + 1 === items.length)) {
      onProgress({ phase, done: i + 1, total: items.length });
    }
    return out;
  });
}
