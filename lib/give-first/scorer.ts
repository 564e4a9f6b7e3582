/**
 * A reusable accumulator over one space of records (slots 0…n-1). Typed
 * arrays and generation stamps instead of a fresh Map per call: walking a
 * posting list of 10,000 slots then costs microseconds and allocates nothing.
 * Not re-entrant, which is fine: the engine is synchronous.
 */
export interface Scorer {
  weight: Float64Array;
  /** Generation in which a slot's weight was last reset. */
  stamp: Uint32Array;
  /** Last label that credited the slot (a label counts once per record). */
  labelStamp: Uint32Array;
  bestWeight: Float64Array;
  bestLabel: Int32Array;
  touched: number[];
  gen: number;
  labelGen: number;
}

/** A scorer for a space of `size` records, allocated once with the index. */
export function createScorer(size: number): Scorer {
  return {
    weight: new Float64Array(size),
    stamp: new Uint32Array(size),
    labelStamp: new Uint32Array(size),
    bestWeight: new Float64Array(size),
    bestLabel: new Int32Array(size),
    touched: [],
    gen: 0,
    labelGen: 0,
  };
}

/** Start a new accumulation: forget the previous call's weights in O(1). */
export function resetScorer(s: Scorer): void {
  s.gen += 1;
  s.touched.length = 0;
  if (s.gen === 0xffffffff || s.labelGen > 0xfffffff0) {
    // Counters about to wrap: clear the stamps once rather than mistake old slots for new.
    s.stamp.fill(0);
    s.labelStamp.fill(0);
    s.gen = 1;
    s.labelGen = 0;
  }
}

/** A fresh token for one label's credits. */
export function nextLabel(s: Scorer): number {
  s.labelGen += 1;
  return s.labelGen;
}

/** Add `w` to a slot for label number `label` (its position in the caller's list), once per label token. */
export function credit(s: Scorer, slot: number, w: number, token: number, label: number): void {
  if (s.labelStamp[slot] === token) return;
  s.labelStamp[slot] = token;
  if (s.stamp[slot] !== s.gen) {
    s.stamp[slot] = s.gen;
    s.weight[slot] = 0;
    s.bestWeight[slot] = 0;
    s.bestLabel[slot] = -1;
    s.touched.push(slot);
  }
  s.weight[slot]! += w;
  // Strict ">" keeps the earlier label on ties: callers list the labels that say most first.
  if (w > s.bestWeight[slot]!) {
    s.bestWeight[slot] = w;
    s.bestLabel[slot] = label;
  }
}
