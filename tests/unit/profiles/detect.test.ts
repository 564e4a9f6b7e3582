import { describe, expect, test } from 'vitest';
import { isLinkedInProfile, isXProfile, linkedInSlug, profileFromUrl, xHandle } from '@/lib/profiles/detect';
import { X_RESERVED_PATHS } from '@/lib/profiles/x-paths';

/**
 * refined-github's way (github-url-detection/index.test.ts): every detector
 * beside the URLs it must match, and each detector false for every other
 * detector's URLs and for the pages that are nobody's profile.
 */
const MATCHES: Record<string, { detect: (url: string) => boolean; urls: string[] }> = {
  isLinkedInProfile: {
    detect: isLinkedInProfile,
    urls: [
      'https://www.linkedin.com/in/jane-doe',
      'https://www.linkedin.com/in/jane-doe/',
      'https://linkedin.com/in/jane-doe/',
      'http://www.linkedin.com/in/jane-doe/',
      'https://fr.linkedin.com/in/jane-doe/',
      'https://uk.linkedin.com/in/jane-doe',
      'https://sg.linkedin.com/in/dulithawijewantha',
      'https://m.linkedin.com/in/jane-doe',
      'https://www.linkedin.com/in/jane-doe/?originalSubdomain=fr',
      'https://www.linkedin.com/in/jane-doe?trk=public_profile_browsemap#experience',
      'https://www.linkedin.com/in/Jane-Doe/',
      'https://www.linkedin.com/in/julien-moreau-%C3%A9co/',
      'https://www.linkedin.com/in/%E6%9D%8E%E5%B0%8F%E9%BE%99-dev/',
      'https://www.linkedin.com/in/julien-moreau-éco/',
      'https://www.linkedin.com/in/jane-doe/details/experience/',
      'https://www.linkedin.com/in/jane-doe/recent-activity/all/',
      'https://www.linkedin.com/in/jane-doe/overlay/contact-info/',
      'https://de.linkedin.com/in/tamino-martinius/en',
      'https://www.linkedin.com/mwlite/in/jane-doe',
    ],
  },
  isXProfile: {
    detect: isXProfile,
    urls: [
      'https://x.com/JaneDoe',
      'https://x.com/janedoe/',
      'https://twitter.com/janedoe',
      'https://www.twitter.com/janedoe',
      'https://mobile.twitter.com/janedoe',
      'https://mobile.x.com/janedoe',
      'https://x.com/jack?lang=fr',
      'https://x.com/jack#top',
      'https://x.com/a',
      'https://x.com/_',
      'https://x.com/abcdefghij12345',
      'https://x.com/x_dev',
      'https://x.com/homer',
      'https://x.com/i_am_jane',
      'https://x.com/janedoe/with_replies',
      'https://x.com/janedoe/media',
      'https://x.com/janedoe/likes',
      'https://x.com/janedoe/highlights',
      'https://x.com/janedoe/articles',
      'https://x.com/XDevelopers/affiliates',
      'https://x.com/janedoe/photo',
      'https://twitter.com/#!/jack',
    ],
  },
};

/** Pages that are nobody's profile. */
const NOT_PROFILES = [
  // LinkedIn
  'https://www.linkedin.com/',
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/in',
  'https://www.linkedin.com/in/%20/',
  'https://www.linkedin.com/in/%E0%A4%A/',
  'https://www.linkedin.com/company/datadog/',
  'https://www.linkedin.com/company/datadog/people/',
  'https://www.linkedin.com/school/university-of-lagos/',
  'https://www.linkedin.com/jobs/view/123456/',
  'https://www.linkedin.com/jobs/',
  'https://www.linkedin.com/search/results/people/?keywords=jane',
  'https://www.linkedin.com/messaging/thread/2-abc/',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/notifications/',
  'https://www.linkedin.com/posts/jane-doe_activity-123',
  'https://www.linkedin.com/pulse/some-article-jane-doe/',
  'https://www.linkedin.com/groups/12345/',
  'https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fjane-doe',
  'https://www.linkedin.com/feed/?redirect=/in/jane-doe/',
  'https://www.linkedin.evil.com/in/jane-doe/',
  'https://linkedin.com.evil.example/in/jane-doe/',
  'https://evil.example/in/jane-doe/',
  'ftp://www.linkedin.com/in/jane-doe/',
  // X
  'https://x.com/',
  'https://x.com/home',
  'https://x.com/Home',
  'https://x.com/explore',
  'https://x.com/explore/tabs/trending',
  'https://x.com/notifications',
  'https://x.com/messages',
  'https://x.com/messages/123-456',
  'https://x.com/i/bookmarks',
  'https://x.com/i/lists/123456',
  'https://x.com/i/communities/1600000000000000000',
  'https://x.com/i/spaces/1abc',
  'https://x.com/i/grok',
  'https://x.com/settings/profile',
  'https://x.com/search?q=guild',
  'https://x.com/compose/post',
  'https://x.com/login',
  'https://x.com/logout',
  'https://x.com/signup',
  'https://x.com/tos',
  'https://x.com/privacy',
  'https://x.com/jobs',
  'https://x.com/hashtag/webdev',
  'https://x.com/intent/post?text=hi',
  'https://x.com/bookmarks',
  'https://x.com/communities',
  'https://x.com/lists',
  'https://x.com/premium',
  'https://x.com/who_to_follow',
  'https://x.com/janedoe/status/1800000000000000000',
  'https://x.com/janedoe/status/1800000000000000000/photo/1',
  'https://twitter.com/janedoe/status/123',
  'https://x.com/janedoe/lists',
  'https://x.com/janedoe/lists/my-list',
  'https://x.com/janedoe/communities',
  'https://x.com/janedoe/followers',
  'https://x.com/janedoe/following',
  'https://x.com/janedoe/verified_followers',
  'https://x.com/janedoe/media/extra',
  'https://x.com/jane-doe',
  'https://x.com/jane.doe',
  'https://x.com/abcdefghij123456',
  'https://x.com/@janedoe',
  'https://x.evil.com/janedoe',
  'https://notx.com/janedoe',
  // Not URLs at all
  '',
  'jane-doe',
  'javascript:alert(1)',
];

describe.each(Object.entries(MATCHES))('%s', (name, { detect, urls }) => {
  test.each(urls)('matches %s', (url) => {
    expect(detect(url)).toBe(true);
  });

  const others = Object.entries(MATCHES)
    .filter(([other]) => other !== name)
    .flatMap(([, o]) => o.urls);
  test.each([...others, ...NOT_PROFILES])('does not match %s', (url) => {
    expect(detect(url)).toBe(false);
  });
});

describe('not profiles', () => {
  test.each(NOT_PROFILES)('profileFromUrl(%j) is undefined', (url) => {
    expect(profileFromUrl(url)).toBeUndefined();
  });

  test('every reserved X path is refused, in any case', () => {
    for (const path of X_RESERVED_PATHS) {
      if (!/^[A-Za-z0-9_]{1,15}$/.test(path)) continue;
      expect(xHandle(`https://x.com/${path}`)).toBeUndefined();
      expect(xHandle(`https://x.com/${path.toUpperCase()}`)).toBeUndefined();
    }
  });
});

describe('one canonical key and URL per person', () => {
  test.each([
    ['https://www.linkedin.com/in/jane-doe', 'linkedin:jane-doe', 'https://www.linkedin.com/in/jane-doe/'],
    [
      'https://fr.linkedin.com/in/Jane-Doe/details/experience/',
      'linkedin:jane-doe',
      'https://www.linkedin.com/in/jane-doe/',
    ],
    [
      'https://linkedin.com/in/jane-doe?trk=x#about',
      'linkedin:jane-doe',
      'https://www.linkedin.com/in/jane-doe/',
    ],
    [
      'https://www.linkedin.com/in/julien-moreau-%C3%A9co/',
      'linkedin:julien-moreau-éco',
      'https://www.linkedin.com/in/julien-moreau-%C3%A9co/',
    ],
    [
      'https://www.linkedin.com/in/JULIEN-MOREAU-%C3%89CO/',
      'linkedin:julien-moreau-éco',
      'https://www.linkedin.com/in/julien-moreau-%C3%A9co/',
    ],
    [
      'https://www.linkedin.com/in/julien-moreau-éco',
      'linkedin:julien-moreau-éco',
      'https://www.linkedin.com/in/julien-moreau-%C3%A9co/',
    ],
    ['https://x.com/JaneDoe', 'x:janedoe', 'https://x.com/janedoe'],
    ['https://twitter.com/janedoe/with_replies', 'x:janedoe', 'https://x.com/janedoe'],
    ['https://mobile.twitter.com/JANEDOE?lang=en', 'x:janedoe', 'https://x.com/janedoe'],
  ])('%s → %s', (url, key, canonical) => {
    const ref = profileFromUrl(url);
    expect(ref?.key).toBe(key);
    expect(ref?.url).toBe(canonical);
    // The canonical URL names the same person.
    expect(profileFromUrl(canonical)?.key).toBe(key);
  });

  test('the slug or handle is kept as the profile handle', () => {
    expect(profileFromUrl('https://x.com/JaneDoe')).toEqual({
      site: 'x',
      key: 'x:janedoe',
      url: 'https://x.com/janedoe',
      handle: 'janedoe',
    });
    expect(linkedInSlug(new URL('https://www.linkedin.com/in/a-b/'))).toBe('a-b');
  });
});

describe('slugs with percent-encoded symbols (issue 15, defect 3: a real URL was refused)', () => {
  const encoded = 'https://www.linkedin.com/in/jane-doe-pmp%C2%AE-%C2%A0itil%C2%AE-5a063b7a';
  const key = 'linkedin:jane-doe-pmp®-\u00a0itil®-5a063b7a';

  test('a non-breaking space and ® in the slug are kept; encoded and decoded forms are one key', () => {
    expect(profileFromUrl(encoded)?.key).toBe(key);
    expect(profileFromUrl('https://www.linkedin.com/in/jane-doe-pmp®-\u00a0itil®-5a063b7a/')?.key).toBe(key);
    expect(
      profileFromUrl('https://www.linkedin.com/in/JANE-DOE-PMP%c2%ae-%c2%a0ITIL%C2%AE-5A063B7A/')?.key,
    ).toBe(key);
    const canonical = profileFromUrl(encoded)!.url;
    expect(profileFromUrl(canonical)?.key).toBe(key);
  });

  test('an emoji slug, and a decomposed accent, give the canonical (NFC) key', () => {
    expect(profileFromUrl('https://www.linkedin.com/in/ada-%F0%9F%9A%80-dev')?.key).toBe(
      'linkedin:ada-🚀-dev',
    );
    const decomposed = 'https://www.linkedin.com/in/jose\u0301-ejemplo';
    expect(profileFromUrl(decomposed)?.key).toBe('linkedin:jos\u00e9-ejemplo');
  });

  test('ASCII spaces, slashes and malformed encodings still name no one', () => {
    expect(profileFromUrl('https://www.linkedin.com/in/jane%20doe')).toBeUndefined();
    expect(profileFromUrl('https://www.linkedin.com/in/jane%2Fdoe')).toBeUndefined();
    expect(profileFromUrl('https://www.linkedin.com/in/jane%E2%82')).toBeUndefined();
  });
});
