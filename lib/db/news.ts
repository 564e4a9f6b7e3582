import type { News } from '../schemas/contact';
import type { ProfileSnapshot } from '../profiles/snapshot';

/** The fields whose change is worth congratulating someone for. */
const WATCHED = ['headline', 'company', 'position'] as const;

/** Case, spacing and punctuation differences are not news. */
function key(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * What changed on a saved person's profile since Guild last read it (a new
 * job, a new headline): used to suggest congratulating them. Not news:
 * a field that was not read this time or last time (undefined: the page may
 * simply not show it), a change of case or punctuation, a read of someone
 * else, and a value that only looks different because another strategy read
 * it ("Insighture - We're hiring" from JSON-LD, "Insighture" from the page).
 */
export function noticeNews(
  previous: ProfileSnapshot | undefined,
  next: ProfileSnapshot,
  now: number,
): News[] {
  if (!previous || previous.profile.key !== next.profile.key) return [];
  const news: News[] = [];
  for (const field of WATCHED) {
    const before = previous[field];
    const after = next[field];
    if (before === undefined || after === undefined) continue;
    const a = key(before);
    const b = key(after);
    if (a === b) continue;
    const sourceChanged = previous.sources[field] !== next.sources[field];
    if (sourceChanged && (a.includes(b) || b.includes(a))) continue;
    news.push({ field, from: before, to: after, noticedAt: now });
  }
  return news;
}
