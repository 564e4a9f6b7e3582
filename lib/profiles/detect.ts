import type { ProfileRef } from './site';

/**
 * Page detection: tiny pure functions over a URL, in the manner of
 * refined-github's github-url-detection. Each is tested against the URLs it
 * must match and against every other detector's URLs.
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

/** `linkedin.com`, `www.linkedin.com` and country subdomains (`fr.`, `uk.`…). */
export function isLinkedInHost(host: string): boolean {
  return /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/i.test(host);
}

/** `x.com` and `twitter.com`, with or without `www.` / `mobile.`. */
export function isXHost(host: string): boolean {
  return /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/i.test(host);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The slug of a LinkedIn profile URL, decoded and lowercased, or undefined.
 * Sub-pages of the same person (`/details/experience/`, `/recent-activity/…`,
 * `/overlay/contact-info/`) are the same person.
 * @example https://www.linkedin.com/in/jane-doe/
 * @example https://fr.linkedin.com/in/jane-doe?trk=public
 * @example https://www.linkedin.com/in/julien-moreau-%C3%A9co/details/experience/
 */
export function linkedInSlug(url: UrlLike): string | undefined {
  const u = toUrl(url);
  if (!u || !/^https?:$/.test(u.protocol) || !isLinkedInHost(u.hostname)) return undefined;
  const match = /^\/in\/([^/]+)/.exec(u.pathname);
  if (!match?.[1]) return undefined;
  const slug = safeDecode(match[1]).trim().toLowerCase();
  // A slug never holds spaces, slashes or control characters.
  // eslint-disable-next-line no-control-regex
  if (!slug || /[\s/\\\u0000-\u001f]/.test(slug) || slug.length > 200) return undefined;
  return slug;
}

/** True on a LinkedIn member profile (or one of its sub-pages). */
export function isLinkedInProfile(url: UrlLike): boolean {
  return linkedInSlug(url) !== undefined;
}

/**
 * X's own first path segments: pages of the site, never a user.
 * Handles are 1–15 letters, digits or underscores; these words are reserved.
 */
export const X_RESERVED_PATHS: ReadonlySet<string> = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'search',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'about',
  'account',
  'bookmarks',
  'communities',
  'connect_people',
  'download',
  'follower_requests',
  'hashtag',
  'help',
  'intent',
  'lists',
  'onboarding',
  'personalization',
  'premium',
  'premium_sign_up',
  'rules',
  'share',
  'topics',
  'verified-choose',
  'who_to_follow',
  'grok',
  'jobs',
  'spaces',
  'display',
  'keyboard_shortcuts',
  'oauth',
  'sw.js',
  'undefined',
  'null',
  'status',
  'articles',
  'business',
  'ads',
  'accessibility',
  'pricing',
  'creators',
  'x',
  'twitter',
  'mobile',
  'safety',
  'support',
  'en',
  'fr',
  'es',
  'de',
]);

/** Profile tabs that still show the same person. */
const X_PROFILE_TABS = new Set([
  'with_replies',
  'media',
  'likes',
  'highlights',
  'articles',
  'affiliates',
  'superfollows',
  'verified_followers',
  'followers',
  'following',
  'followers_you_follow',
  'creator-subscriptions',
  'photo',
  'header_photo',
]);

/**
 * The handle of an X (or Twitter) profile URL, lowercased, or undefined.
 * @example https://x.com/JaneDoe
 * @example https://twitter.com/janedoe/with_replies
 */
export function xHandle(url: UrlLike): string | undefined {
  const u = toUrl(url);
  if (!u || !/^https?:$/.test(u.protocol) || !isXHost(u.hostname)) return undefined;
  const parts = u.pathname.split('/').filter(Boolean);
  const [first, second, ...rest] = parts;
  if (!first || !/^[A-Za-z0-9_]{1,15}$/.test(first)) return undefined;
  if (X_RESERVED_PATHS.has(first.toLowerCase())) return undefined;
  if (second !== undefined && (!X_PROFILE_TABS.has(second) || rest.length > 0)) return undefined;
  return first.toLowerCase();
}

/** True on an X profile (or one of its tabs); false on posts, lists, X's own pages. */
export function isXProfile(url: UrlLike): boolean {
  return xHandle(url) !== undefined;
}

/** True on any page Guild can read a person from. */
export function isProfile(url: UrlLike): boolean {
  return isLinkedInProfile(url) || isXProfile(url);
}

/** The canonical reference for the person a URL names, or undefined. */
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
