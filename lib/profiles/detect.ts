import type { ProfileRef } from './site';
import { X_PROFILE_TABS, X_RESERVED_PATHS } from './x-paths';

/**
 * Page detection: tiny pure functions over a URL, in the manner of
 * refined-github's github-url-detection. The two profile detectors
 * (`isLinkedInProfile`, `isXProfile`) are each tested against the URLs they
 * must match, the other's URLs and pages that are nobody's profile;
 * `profileFromUrl` against those pages and its canonical keys and URLs
 * (tests/unit/profiles/detect.test.ts). The host checks are tested only
 * through them.
 */

type UrlLike = string | URL;

function toUrl(url: UrlLike): URL | undefined {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** `linkedin.com`, `www.`, `m.`, `mobile.` and country subdomains (`fr.`, `uk.`, `sg.`…). */
export function isLinkedInHost(host: string): boolean {
  return /^(?:www\.|m\.|mobile\.|[a-z]{2}\.)?linkedin\.com$/i.test(host);
}

/** `x.com` and `twitter.com`, with or without `www.` / `mobile.`. */
export function isXHost(host: string): boolean {
  return /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/i.test(host);
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Malformed percent-encoding names no one.
    return undefined;
  }
}

/**
 * The slug of a LinkedIn member profile URL, percent-decoded and lowercased,
 * or undefined. Sub-pages of the same person (`/details/experience/`,
 * `/recent-activity/all/`, `/overlay/contact-info/`, a locale like `/en`) are
 * the same person; LinkedIn Lite's `/mwlite/in/<slug>` too.
 * @example https://www.linkedin.com/in/jane-doe/
 * @example https://fr.linkedin.com/in/jane-doe?trk=public_profile#about
 * @example https://www.linkedin.com/in/julien-moreau-%C3%A9co/details/experience/
 */
export function linkedInSlug(url: UrlLike): string | undefined {
  const u = toUrl(url);
  if (!u || !/^https?:$/.test(u.protocol) || !isLinkedInHost(u.hostname)) return undefined;
  const match = /^(?:\/mwlite)?\/in\/([^/]+)/.exec(u.pathname);
  if (!match?.[1]) return undefined;
  // One key whichever form the URL took: decoded, composed (NFC: `é` typed as e + accent is
  // the same person), lower-cased.
  const slug = decodeSegment(match[1])?.trim().normalize('NFC').toLowerCase();
  // A slug is 3–100 characters on LinkedIn; it never holds ASCII spaces, slashes, query or
  // hash characters, or control characters once decoded. Other symbols are real: members
  // put ®, emoji and non-breaking spaces in theirs (`…-pmp%C2%AE-%C2%A0itil%C2%AE-5a063b7a`).
  // eslint-disable-next-line no-control-regex
  if (!slug || slug.length > 100 || /[ \t\n\v\f\r/\\?#%<>"\u0000-\u001f\u007f]/.test(slug)) return undefined;
  return slug;
}

/** True on a LinkedIn member profile (or one of its sub-pages). */
export function isLinkedInProfile(url: UrlLike): boolean {
  return linkedInSlug(url) !== undefined;
}

/** The path of an X URL, reading Twitter's old hash-bang form (`twitter.com/#!/jack`) too. */
function xPath(u: URL): string {
  return u.pathname === '/' && u.hash.startsWith('#!/') ? u.hash.slice(2).split('?')[0]! : u.pathname;
}

/**
 * The handle of an X (or Twitter) profile URL, lowercased, or undefined.
 * Handles are 1–15 letters, digits or underscores, case-insensitive, the
 * same person on x.com and twitter.com. Profile tabs (`/with_replies`,
 * `/media`…) are the same person; posts, lists and X's own pages are not.
 * @example https://x.com/JaneDoe
 * @example https://twitter.com/janedoe/with_replies
 */
export function xHandle(url: UrlLike): string | undefined {
  const u = toUrl(url);
  if (!u || !/^https?:$/.test(u.protocol) || !isXHost(u.hostname)) return undefined;
  const [first, second, ...rest] = xPath(u).split('/').filter(Boolean);
  if (!first || !/^[A-Za-z0-9_]{1,15}$/.test(first)) return undefined;
  if (X_RESERVED_PATHS.has(first.toLowerCase())) return undefined;
  if (second !== undefined && (!X_PROFILE_TABS.has(second.toLowerCase()) || rest.length > 0))
    return undefined;
  return first.toLowerCase();
}

/** True on an X profile (or one of its tabs); false on posts, lists, X's own pages. */
export function isXProfile(url: UrlLike): boolean {
  return xHandle(url) !== undefined;
}

/**
 * The canonical reference for the person a URL names, or undefined: one key
 * and one URL per person, whatever form the URL took.
 * @example profileFromUrl('https://fr.linkedin.com/in/Jane-Doe/details/') // key 'linkedin:jane-doe', url 'https://www.linkedin.com/in/jane-doe/'
 * @example profileFromUrl('https://twitter.com/JaneDoe/media') // key 'x:janedoe', url 'https://x.com/janedoe'
 */
export function profileFromUrl(url: UrlLike): ProfileRef | undefined {
  const slug = linkedInSlug(url);
  if (slug !== undefined) {
    return {
      site: 'linkedin',
      key: `linkedin:${slug}`,
      url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`,
      handle: slug,
    };
  }
  const handle = xHandle(url);
  if (handle !== undefined) {
    return { site: 'x', key: `x:${handle}`, url: `https://x.com/${handle}`, handle };
  }
  return undefined;
}

/**
 * The canonical reference rebuilt from a stored key alone (`linkedin:<slug>`,
 * `x:<handle>`), or undefined when the key names no one on its site. A record
 * read from a file (a backup) keeps only its key: its URL is never trusted.
 * @example profileFromKey('linkedin:jane-doe') // url 'https://www.linkedin.com/in/jane-doe/'
 */
export function profileFromKey(key: string): ProfileRef | undefined {
  const match = /^(linkedin|x):(.+)$/s.exec(key);
  if (!match) return undefined;
  const [, site, id] = match as unknown as [string, 'linkedin' | 'x', string];
  const path = encodeURIComponent(id);
  const ref = profileFromUrl(
    site === 'linkedin' ? `https://www.linkedin.com/in/${path}/` : `https://x.com/${path}`,
  );
  return ref?.site === site ? ref : undefined;
}
