/** Summary statistics for benchmark samples (nearest-rank percentiles). */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);
export const p95 = (samples: readonly number[]) => percentile(samples, 95);

/** a / b, where 0 / 0 is 1 (nothing ran in either) rather than NaN. */
export function ratio(a: number, b: number): number {
  if (b === 0) return a === 0 ? 1 : Infinity;
  return a / b;
}

/** A seeded generator, so the bootstrap gives the same interval for the same samples. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/**
 * 95% bootstrap interval of median(a) / median(b): resample both sets with
 * replacement, 2,000 times. An interval that contains 1 means the two cannot
 * be told apart with these samples.
 */
export function ratioInterval(a: readonly number[], b: readonly number[], rounds = 2000): [number, number] {
  const random = lcg(12345);
  const resample = (xs: readonly number[]) => xs.map(() => xs[Math.floor(random() * xs.length)]!);
  const ratios = Array.from({ length: rounds }, () => ratio(median(resample(a)), median(resample(b))));
  return [percentile(ratios, 2.5), percentile(ratios, 97.5)];
}
