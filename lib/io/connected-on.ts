const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function utcDate(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month, day);
  const date = new Date(time);
  // Reject 31 Feb and friends instead of letting Date roll them over.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) {
    return undefined;
  }
  return year >= 1970 ? time : undefined;
}

/**
 * LinkedIn's "Connected On" (`15 Mar 2024`, `7 Nov 2025`: English month
 * abbreviations, day sometimes unpadded) as UTC midnight in milliseconds.
 * ISO `2024-03-15` is accepted too; anything else is undefined.
 * @example parseConnectedOn('7 Nov 2025') // Date.UTC(2025, 10, 7)
 */
export function parseConnectedOn(text: string): number | undefined {
  const value = text.trim();
  const dmy = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/.exec(value);
  if (dmy) {
    const month = MONTHS.indexOf(dmy[2]!.slice(0, 3).toLowerCase());
    return month < 0 ? undefined : utcDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  return undefined;
}
