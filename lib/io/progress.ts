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
