import { sameName } from './identity';
import type { ProfileSnapshot } from './snapshot';

/**
 * Whom this tab's page showed the last time Guild read it. The reader keeps it
 * between reads of the same document (in its isolated world, which the page
 * cannot see): after in-app navigation on a layout that names nobody (no
 * self-link, no "@handle"), it is the only way to tell the new person from the
 * previous one still on screen.
 */
export interface Shown {
  key: string;
  name: string;
  headline?: string;
}

export function shownOf(snapshot: ProfileSnapshot): Shown {
  const { profile, name, headline } = snapshot;
  return { key: profile.key, name, ...(headline !== undefined && { headline }) };
}

/**
 * While the URL names someone else, does the page still show the previous
 * person? Any rendering of the name that matches theirs says so (waiting is
 * safe; taking them for the new person is not).
 */
export function namesPrevious(
  previous: Shown | undefined,
  key: string,
  names: (string | undefined)[],
): boolean {
  if (!previous || previous.key === key) return false;
  return names.some((n) => n !== undefined && sameName(n, previous.name));
}

/**
 * After waiting, is what the page shows still the previous person? Two people
 * can share a name: only a page that shows the same name with another
 * headline (both read) shows the other one. A missing headline proves
 * nothing (a page being re-rendered can blank it).
 */
export function stillPrevious(
  previous: Shown | undefined,
  key: string,
  read: { name: string; headline?: string },
): boolean {
  if (!namesPrevious(previous, key, [read.name])) return false;
  const before = previous!.headline;
  return before === undefined || read.headline === undefined || sameName(before, read.headline);
}
