import { afterEach, describe, expect, test, vi } from 'vitest';
import { pageShows, readProfile, readWhenReady } from '@/lib/profiles/read';
import { profileFromUrl } from '@/lib/profiles/detect';
import { loadFixture } from '../helpers';

/**
 * In-app navigation, replayed on saved pages: the URL already names the new
 * person while the page still shows the previous one, then the page catches
 * up in steps. The reader must return the new person, never the old one
 * under the new URL.
 */

const AMARA = 'profiles/linkedin_loggedin_2026-11_amara.GUILD.html';
const BEN_URL = 'https://www.linkedin.com/in/ben-carter/';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The steps LinkedIn's app takes to show Ben Carter on Amara's page. */
const linkedInSteps = {
  title: (doc: Document) => {
    doc.title = '(12) Ben Carter | LinkedIn';
  },
  heading: (doc: Document) => {
    doc.querySelector('h1')!.textContent = 'Ben Carter';
    doc.querySelector('main section h1')!.closest('div')!.nextElementSibling!.textContent =
      'Platform engineer at Monzo';
  },
  links: (doc: Document) => {
    for (const a of Array.from(doc.querySelectorAll('main a[href*="/in/amara-okafor/"]'))) {
      a.setAttribute('href', a.getAttribute('href')!.replace('amara-okafor', 'ben-carter'));
    }
  },
};
type Step = keyof typeof linkedInSteps;

async function navigate(doc: Document, commits: Step[][], gapMs = 20): Promise<void> {
  for (const commit of commits) {
    await sleep(gapMs);
    for (const step of commit) linkedInSteps[step](doc);
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LinkedIn in-app navigation', () => {
  test('read at once, the page still showing the previous person is "stale", not misread', () => {
    const result = readProfile(loadFixture(AMARA), BEN_URL);
    expect(result).toMatchObject({ ok: false, reason: 'stale', profile: { key: 'linkedin:ben-carter' } });
  });

  test.each<[string, Step[][]]>([
    ['title first, then the top card', [['title'], ['heading', 'links']]],
    ['the top card first, then the title', [['heading', 'links'], ['title']]],
    ['heading, then links, then title', [['heading'], ['links'], ['title']]],
    ['everything at once', [['title', 'heading', 'links']]],
  ])('%s: waits, then reads the new person', async (_, commits) => {
    const doc = loadFixture(AMARA);
    const started = performance.now();
    const pending = readWhenReady(doc, BEN_URL, 2000);
    const navigated = navigate(doc, commits);
    const result = await pending;
    await navigated;
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.snapshot).toMatchObject({
      profile: { key: 'linkedin:ben-carter' },
      name: 'Ben Carter',
      headline: 'Platform engineer at Monzo',
    });
    // It resolved when the page caught up, long before the 2 s bound.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('the title alone changed: the reader does not take the old heading for the new person', async () => {
    const doc = loadFixture(AMARA);
    linkedInSteps.title(doc);
    // Title says Ben, heading and links still Amara: not settled, and a read says stale.
    expect(readProfile(doc, BEN_URL)).toMatchObject({ ok: false, reason: 'stale' });
    const result = await readWhenReady(doc, BEN_URL, 150);
    expect(result).toMatchObject({ ok: false, reason: 'stale', profile: { key: 'linkedin:ben-carter' } });
  });

  test('a page that never catches up gives "stale" after the bound, and stops observing', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const doc = loadFixture(AMARA);
    const started = performance.now();
    const result = await readWhenReady(doc, BEN_URL, 200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(result).toMatchObject({ ok: false, reason: 'stale', profile: { key: 'linkedin:ben-carter' } });
    expect(disconnect).toHaveBeenCalled();
  });

  test('a page already showing the person resolves at once', async () => {
    const started = performance.now();
    const result = await readWhenReady(loadFixture(AMARA), 'https://www.linkedin.com/in/amara-okafor/', 2000);
    expect(result.ok && result.snapshot.name).toBe('Amara Okafor');
    expect(performance.now() - started).toBeLessThan(200);
  });

  test("the previous person's JSON-LD left in <head> is ignored", () => {
    const doc = loadFixture(AMARA);
    for (const commit of [linkedInSteps.title, linkedInSteps.heading, linkedInSteps.links]) commit(doc);
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({
      '@type': 'Person',
      name: 'Amara Okafor',
      jobTitle: 'Staff Software Engineer',
      worksFor: { '@type': 'Organization', name: 'Datadog' },
      url: 'https://www.linkedin.com/in/amara-okafor',
    });
    doc.head.append(script);
    const result = readProfile(doc, BEN_URL);
    expect(result.ok && result.snapshot.name).toBe('Ben Carter');
    expect(result.ok && result.snapshot.sources.name).toBe('title');
  });
});

describe('X in-app navigation', () => {
  const GRACE = 'profiles/x_loggedin_2026-11_full_grace.GUILD.html';
  const LAYLA_URL = 'https://x.com/layla_h';

  /** X re-renders the whole header at once: take Layla's from her saved page. */
  function showLayla(doc: Document, part: 'header' | 'title') {
    if (part === 'title') {
      doc.title = 'ليلى حداد 🌙 (@layla_h) / X';
      return;
    }
    const layla = loadFixture('profiles/x_loggedin_2026-11_rtl_layla.GUILD.html');
    const column = layla.querySelector('[data-testid="primaryColumn"]')!;
    doc.querySelector('[data-testid="primaryColumn"]')!.replaceWith(doc.importNode(column, true));
  }

  test("the header still says @GraceCodes: stale; Grace's JSON-LD is never used for Layla", async () => {
    const doc = loadFixture(GRACE);
    expect(pageShows(doc, profileFromUrl(LAYLA_URL)!)).toBe('no');
    const pending = readWhenReady(doc, LAYLA_URL, 2000);
    setTimeout(() => showLayla(doc, 'title'), 20);
    setTimeout(() => showLayla(doc, 'header'), 60);
    const result = await pending;
    expect(result).toMatchObject({
      ok: true,
      snapshot: {
        profile: { key: 'x:layla_h' },
        name: 'ليلى حداد 🌙',
        headline: 'مهندسة برمجيات في بيروت — أحب Python وDjango.',
        sources: { name: 'title', headline: 'structure' },
      },
    });
    // Nothing of Grace's leaks in (her JSON-LD names another handle).
    expect(result.ok && result.snapshot.followers).toBe(1204);
    // Her website is cut ("…") and only its t.co shortener is there: no website rather than the shortener.
    expect(result.ok && result.snapshot.website).toBeUndefined();
    expect(result.ok && result.snapshot.avatarUrl).toBe(
      'https://pbs.twimg.com/profile_images/777/layla_200x200.png',
    );
  });

  test('header first, title later: the old title is not used for the name', async () => {
    const doc = loadFixture(GRACE);
    showLayla(doc, 'header');
    const result = readProfile(doc, LAYLA_URL);
    expect(result.ok && result.snapshot.name).toBe('ليلى حداد 🌙');
    expect(result.ok && result.snapshot.sources.name).toBe('structure');
  });
});

describe('never throws', () => {
  const broken = {
    title: 'x',
    get documentElement(): never {
      throw new Error('boom');
    },
    querySelector(): never {
      throw new Error('boom');
    },
    querySelectorAll(): never {
      throw new Error('boom');
    },
  } as unknown as Document;

  test('a document that throws gives "unreadable" with what the URL tells', async () => {
    expect(readProfile(broken, 'https://x.com/janedoe')).toMatchObject({
      ok: false,
      reason: 'unreadable',
      profile: { key: 'x:janedoe' },
    });
    await expect(readWhenReady(broken, 'https://www.linkedin.com/in/jane/', 50)).resolves.toMatchObject({
      ok: false,
      reason: 'unreadable',
      profile: { key: 'linkedin:jane' },
    });
  });

  test('a page with no name gives "unreadable", a non-profile URL "not-a-profile"', async () => {
    const empty = new DOMParser().parseFromString('<title>LinkedIn</title><main></main>', 'text/html');
    expect(readProfile(empty, 'https://www.linkedin.com/in/jane/')).toEqual({
      ok: false,
      reason: 'unreadable',
      profile: profileFromUrl('https://www.linkedin.com/in/jane/'),
      detail: 'no name found on the page',
    });
    await expect(readWhenReady(empty, 'https://www.linkedin.com/feed/')).resolves.toEqual({
      ok: false,
      reason: 'not-a-profile',
    });
  });
});
