/**
 * Scraped text is hostile: a name can hide a right-to-left override that
 * reverses what follows it, zero-width characters that make two names look
 * alike, control characters, or 100 KB of padding. Everything the reader
 * returns goes through here.
 */

/** C0 and C1 controls (tabs and newlines included): they become spaces. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Invisible format characters, removed outright: zero-width space, LRM/RLM,
 * the bidi embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069), Arabic letter mark, word joiner and invisible operators,
 * Mongolian vowel separator, byte-order mark. Zero-width joiner and non-joiner
 * are handled apart (they carry meaning in emoji and in some scripts).
 */
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\u180e\ufeff]/g;

/** A zero-width joiner only belongs inside an emoji sequence (👩‍💻): pictograph, skin tone or VS16 before, pictograph after. */
const STRAY_ZWJ =
  /(?<!\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/** A zero-width non-joiner only belongs between letters (Persian, Indic scripts). */
const STRAY_ZWNJ = /(?<![\p{L}\p{M}])\u200c|\u200c(?![\p{L}\p{M}])/gu;

/** Work on at most this much raw text: enough for any cap, bounded for a 100 KB headline. */
const RAW_LIMIT = 8192;

/**
 * Clean a piece of page text: strip control, bidirectional and zero-width
 * characters, collapse whitespace, trim, and cap at `max` characters (with
 * "…", never splitting a surrogate pair). Returns undefined for non-strings
 * and for text that is empty once cleaned.
 */
export function cleanText(value: unknown, max = 300): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .slice(0, RAW_LIMIT)
    .replace(CONTROLS, ' ')
    .replace(INVISIBLE, '')
    .replace(STRAY_ZWJ, '')
    .replace(STRAY_ZWNJ, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair (an emoji) before the ellipsis.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Only `https:` URLs leave the reader; anything else (`javascript:`, `data:`,
 * `http:`) is dropped. Relative URLs resolve against `base` when given.
 */
export function cleanHttpsUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link a person gives as their website: `https:` or `http:` (some sites
 * still serve only that), nothing else. Used for the website only; photos
 * and everything shown inline stay `https:` (`cleanHttpsUrl`).
 */
export function cleanWebUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value.trim());
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}
