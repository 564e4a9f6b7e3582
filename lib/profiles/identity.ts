/**
 * What a page says about whose profile it shows. After in-app navigation the
 * previous person stays on screen for a moment (and their JSON-LD can stay in
 * `<head>`), so the reader compares this with the person the URL names.
 */
export interface Identity {
  /** Slugs or handles named by the visible profile header (self-links, "@handle"). */
  main: string[];
  /** Slugs or handles named by the document's head (canonical URL, title handle). */
  head: string[];
  /** The name as `document.title` gives it, if the title has a profile format. */
  titleName?: string;
  /** The name as the page's heading shows it. */
  headingName?: string;
}

/** Letters and digits only, lowercased: "Camille Lefèvre 🚀" and "camille lefèvre" compare equal. */
function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Do two renderings of a name denote the same person? Equal once reduced to
 * letters and digits, or one contains the other ("Camille Lefèvre, PhD").
 */
export function sameName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return a.trim() === b.trim();
  return x === y || x.includes(y) || y.includes(x);
}

/** The verdict of the page's identity evidence about `handle`: the header first, then the head. */
export function shows(identity: Identity, handle: string): 'yes' | 'no' | 'unknown' {
  for (const evidence of [identity.main, identity.head]) {
    if (evidence.length === 0) continue;
    return evidence.every((h) => h === handle) ? 'yes' : 'no';
  }
  return 'unknown';
}

/** False while the title and the heading name different people (one of them has not caught up yet). */
export function namesAgree(identity: Identity): boolean {
  const { titleName, headingName } = identity;
  return !titleName || !headingName || sameName(titleName, headingName);
}
