import type { TermIndex } from './build-index';
import { labelTerms } from './normalise';
import { credit, nextLabel, type Scorer } from './scorer';

/** How much one label of the person meets one record: whole label 1, a shared word ½. */
const PHRASE_WEIGHT = 1;
const WORD_WEIGHT = 0.5;

/** A record the person's labels meet: summed weight, and which label weighed most (named in the reason). */
export interface Match {
  slot: number;
  weight: number;
  /** Position in the labels given to `accumulate`, across calls since the last reset. */
  label: number;
}

/**
 * Credit every record of `index` that `labels` meet. Each label counts at most
 * once per record (its best weight: the phrase is tried first), so a record is
 * not favoured merely for repeating words. `offset` numbers the labels when
 * several lists are accumulated into one scorer.
 */
export function accumulate(s: Scorer, index: TermIndex, labels: readonly string[], offset = 0): void {
  labels.forEach((label, i) => {
    const { phrase, words } = labelTerms(label);
    if (!phrase) return;
    const token = nextLabel(s);
    const exact = index.phrase.get(phrase);
    if (exact) for (const slot of exact) credit(s, slot, PHRASE_WEIGHT, token, offset + i);
    for (const w of words) {
      const loose = index.word.get(w);
      if (loose) for (const slot of loose) credit(s, slot, WORD_WEIGHT, token, offset + i);
    }
  });
}

/**
 * The best `limit` records credited since the last reset, strongest first;
 * ties go to the lower slot (the lower id). A linear pass keeping a tiny
 * sorted list: no sort of thousands of matches for three winners.
 */
export function topMatches(s: Scorer, limit: number, keep: (slot: number) => boolean): Match[] {
  const best: Match[] = [];
  const better = (w: number, slot: number, b: Match) => w > b.weight || (w === b.weight && slot < b.slot);
  for (const slot of s.touched) {
    const weight = s.weight[slot]!;
    if (best.length === limit && !better(weight, slot, best[limit - 1]!)) continue;
    if (!keep(slot)) continue;
    const m = { slot, weight, label: s.bestLabel[slot]! };
    let i = best.length;
    while (i > 0 && better(weight, slot, best[i - 1]!)) i--;
    best.splice(i, 0, m);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** Match weight → 0–1 fit: one whole-label match is a good fit, two make it a strong one. */
export function fitOf(weight: number): number {
  return Math.min(1, 0.35 + 0.35 * weight);
}
