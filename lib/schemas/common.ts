import * as z from 'zod/mini';

/** Primary keys are positive integers given by IndexedDB. */
export const idSchema = z.number().check(z.int(), z.positive());
/** Times are milliseconds since the epoch (UTC). */
export const timeSchema = z.number().check(z.int(), z.nonnegative());
/** One day in milliseconds (a plain 24 hours: day counts and look-back windows, not calendar days). */
export const DAY_MS = 86_400_000;
/** A short line of text (names, titles, tags). */
export const line = (max = 200) => z.string().check(z.minLength(1), z.maxLength(max));
/** Free text that may be empty (notes). */
export const prose = (max = 20_000) => z.string().check(z.maxLength(max));
/** How many labels a list may hold. */
export const MAX_LABELS = 100;
/** A list of short labels (tags, interests): trimmed, non-empty, at most 100. */
export const labels = z.array(line(100)).check(z.maxLength(MAX_LABELS));
/** Labels typed in one field, "a, b,, a" → ["a", "b"]: trimmed, no empties, no repeats (check with `labels`). */
export function splitLabels(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** Only https links are stored. */
export const httpsUrl = z.url({ protocol: /^https$/ });
/** Any http(s) link the user typed (a resource, an event page). */
export const webUrl = z.url({ protocol: /^https?$/ });

/** A copy without the keys whose value is undefined (IndexedDB would store them). */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
