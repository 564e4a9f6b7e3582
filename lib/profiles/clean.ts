/**
 * Scraped text is hostile: strip control characters, bidirectional overrides
 * and zero-width characters (they can disguise a name), collapse whitespace
 * and cap the length.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

export function cleanText(value: unknown, max = 300): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Only `https:` URLs leave the reader; anything else (javascript:, data:) is dropped. */
export function cleanHttpsUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
