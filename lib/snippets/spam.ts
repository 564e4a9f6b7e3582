import { PLACEHOLDERS } from './placeholders';
import type { Segment } from './render';
import { DAY_MS } from '../schemas/common';
import type { CopyLog } from '../schemas/feedback';

/** The guide's red flag is "spam de DMs avec copy-paste": more than a few people a week is a pattern. */
export const SPAM_WINDOW_DAYS = 7;
export const SPAM_MAX_PEOPLE = 3;

/** cyrb53: a small, fast, well-mixed 53-bit string hash. Not for security; only to compare texts. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The fingerprint of a message *without the person's own details*: their
 * name and company become a marker, case and spacing are ignored. Two copies
 * with the same fingerprint differ by the name only: not personalised.
 */
export function templateHash(segments: readonly Segment[]): string {
  const text = segments
    .map((s) => {
      if (s.type === 'text') return s.text;
      const personal = (PLACEHOLDERS[s.name] as { personal?: boolean }).personal;
      return personal ? `{${s.name}}` : s.type === 'filled' ? s.text : `{${s.name}}`;
    })
    .join('')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return cyrb53(text);
}

export interface SpamCheck {
  /** True when this copy would send the same text to more than `SPAM_MAX_PEOPLE` people this week. */
  warn: boolean;
  /** How many other people got this same text in the window. */
  people: number;
}

/**
 * Pure check before copying: how many *other* people received this same
 * un-personalised text in the last 7 days. Copying again to the same person
 * does not count; a copy logged without a person counts as one more.
 */
export function checkCopySpam(
  log: readonly CopyLog[],
  hash: string,
  contactId: number | undefined,
  now: number,
): SpamCheck {
  const since = now - SPAM_WINDOW_DAYS * DAY_MS;
  const people = new Set<string>();
  for (const entry of log) {
    if (entry.templateHash !== hash || entry.at < since || entry.at > now) continue;
    if (entry.contactId !== undefined && entry.contactId === contactId) continue;
    people.add(entry.contactId === undefined ? `copy:${entry.id ?? entry.at}` : `contact:${entry.contactId}`);
  }
  return { warn: people.size >= SPAM_MAX_PEOPLE, people: people.size };
}
