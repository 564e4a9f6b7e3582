import type { TermIndex } from './build-index';
import { labelTerms } from './normalise';

/** How much one label of the person meets one record: whole label 1, a shared word ½. */
const PHRASE_WEIGHT = 1;
const WORD_WEIGHT = 0.5;

/** A record the person's labels meet: the summed weight, and the label that weighed most (named in the reason). */
export interface Match {
  id: number;
  weight: number;
  label: string;
  labelWeight: number;
}

/**
 * Which records of `index` the given labels meet, and how strongly. Each label
 * counts at most once per record (its best weight), so a record is not
 * favoured merely for repeating words.
 */
export function matchLabels(index: TermIndex, labels: readonly string[]): Map<number, Match> {
  const matches = new Map<number, Match>();
  const credit = (id: number, weight: number, label: string, seen: Set<number>) => {
    if (seen.has(id)) return;
    seen.add(id);
    const m = matches.get(id);
    if (!m) matches.set(id, { id, weight, label, labelWeight: weight });
    else {
      m.weight += weight;
      if (weight > m.labelWeight) {
        m.label = label;
        m.labelWeight = weight;
      }
    }
  };
  for (const label of labels) {
    const { phrase, words } = labelTerms(label);
    if (!phrase) continue;
    const seen = new Set<number>();
    for (const id of index.phrase.get(phrase) ?? []) credit(id, PHRASE_WEIGHT, label, seen);
    for (const w of words) for (const id of index.word.get(w) ?? []) credit(id, WORD_WEIGHT, label, seen);
  }
  return matches;
}

/**
 * The best `limit` matches, strongest first; ties go to the lower id so the
 * same data always gives the same answer.
 */
export function topMatches(
  matches: Map<number, Match>,
  limit: number,
  keep: (id: number) => boolean = () => true,
): Match[] {
  const out: Match[] = [];
  for (const m of matches.values()) if (keep(m.id)) out.push(m);
  out.sort((a, b) => b.weight - a.weight || a.id - b.id);
  return out.slice(0, limit);
}

/** Match weight → 0–1 fit: one whole-label match is a good fit, two make it a strong one. */
export function fitOf(weight: number): number {
  return Math.min(1, 0.35 + 0.35 * weight);
}
