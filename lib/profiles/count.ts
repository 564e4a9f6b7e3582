const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, md: 1e9, mio: 1e6, mrd: 1e9 };

/**
 * A follower count as the sites print it: "758 followers", "1,017",
 * "393.2K", "2.4M", French "1 234 abonnés" or "6,1 k abonnés". With a
 * suffix the count is approximate (what the page shows). Undefined when
 * there is no number.
 */
export function parseCount(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const match =
    /(\d{1,3}(?:[\s\u00a0\u202f.,]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*(k|m|b|md|mio|mrd)?(?![\p{L}])/iu.exec(
      text.slice(0, 200),
    );
  if (!match?.[1]) return undefined;
  const whole = Number(match[1].replace(/[\s\u00a0\u202f.,]/g, ''));
  const suffix = match[3]?.toLowerCase();
  if (!suffix) {
    // "1.5" without a suffix is not a count.
    return match[2] === undefined && Number.isSafeInteger(whole) ? whole : undefined;
  }
  const value = Number(`${whole}.${match[2] ?? '0'}`) * (SUFFIX[suffix] ?? 1);
  return Number.isSafeInteger(Math.round(value)) ? Math.round(value) : undefined;
}
