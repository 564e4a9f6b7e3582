/**
 * The archive's date patterns (FORMATS.md §2), one reader each. LinkedIn
 * writes UTC everywhere it states a zone; the patterns of a file never vary,
 * so a value that does not match is reported, never guessed.
 */

function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | undefined {
  const time = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(time);
  // 31 Feb and 25 o'clock are not dates: refuse instead of rolling over.
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
    return undefined;
  return y >= 2000 && y < 2100 ? time : undefined;
}

/** `2024-03-07 16:05:09 UTC` (messages.csv) and `2024/03/07 16:05:09 UTC` (endorsements). */
export function parseStamp(text: string): number | undefined {
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2}) (\d{2}):(\d{2}):(\d{2})(?: UTC)?$/.exec(text.trim());
  return m ? utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : undefined;
}

/**
 * `3/7/24, 4:05 PM` (Invitations, 2018 messages) and `03/07/24, 04:05 PM`
 * (Recommendations): month first, two-digit years are 20YY.
 */
export function parseShortStamp(text: string): number | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),? (\d{1,2}):(\d{2})\s?([AP]M)$/i.exec(text.trim());
  if (!m) return undefined;
  const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
  const hour12 = +m[4]!;
  if (hour12 < 1 || hour12 > 12) return undefined;
  const hour = (hour12 % 12) + (m[6]!.toUpperCase() === 'PM' ? 12 : 0);
  return utc(year, +m[1]!, +m[2]!, hour, +m[5]!);
}

/** `2024-03` for the month (UTC) of an instant: the key of a monthly timeline entry. */
export function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** `2024-03-07` for the day (UTC) of an instant. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}
