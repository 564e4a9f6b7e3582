import { cleanText } from './clean';
import { WORDS } from './words';

/** What separates the parts of a headline ("CTO @ Qonto | Angel investor · Paris"). */
const SEPARATORS = /\s+[|·•—–]\s+|\s*[|•;]\s*/;

/**
 * The position and company a headline states, when it states them
 * unambiguously: its first part is "<position> at|chez|@ <company>" with
 * one marker, no comma in the position, and no other part names a job the
 * same way ("Compiler engineer at Spotify", "Ingénieure chez Alan",
 * "CTO @ Qonto | Angel investor"). Anything else gives nothing.
 */
export function jobFromHeadline(
  headline: string | undefined,
): { position: string; company: string } | undefined {
  if (!headline) return undefined;
  const [first, ...rest] = headline.split(SEPARATORS);
  if (!first) return undefined;
  const marker = WORDS.map((w) => w.at).find((at) => at.test(first));
  if (!marker) return undefined;
  if (rest.some((part) => WORDS.some((w) => w.at.test(part)))) return undefined;
  const pieces = first.split(new RegExp(marker.source, 'gi'));
  if (pieces.length !== 2) return undefined;
  const position = cleanText(pieces[0], 100);
  const company = cleanText(pieces[1], 80);
  if (!position || !company || /,/.test(position) || /^[@#]/.test(company) || company.split(' ').length > 6) {
    return undefined;
  }
  return { position, company };
}
