import type { News } from '../schemas/contact';
import type { ProfileSnapshot } from './snapshot';

const WATCHED = ['headline', 'company', 'position'] as const;

/**
 * What changed on a saved person's profile since Guild last read it (a new
 * job, a new headline): used to suggest congratulating them. A field that was
 * simply not read this time (undefined) is not news.
 */
export function noticeNews(
  previous: ProfileSnapshot | undefined,
  next: ProfileSnapshot,
  now: number,
): News[] {
  if (!previous) return [];
  const news: News[] = [];
  for (const field of WATCHED) {
    const before = previous[field];
    const after = next[field];
    if (
      after !== undefined &&
      before !== undefined &&
      before.trim().toLowerCase() !== after.trim().toLowerCase()
    ) {
      news.push({ field, from: before, to: after, noticedAt: now });
    }
  }
  return news;
}
