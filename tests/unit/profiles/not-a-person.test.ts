import { describe, expect, test } from 'vitest';
import { readProfile } from '@/lib/profiles/read';
import { loadFixture } from '../helpers';

/**
 * Pages at a profile URL that show nobody's profile: LinkedIn's not-found
 * and unavailable pages, sign-in walls, the member's own profile in edit
 * mode. The read fails with a reason (the panel says "could not read this
 * page" with the URL's slug); it never makes a contact of the page's notice.
 */
const PAGES: [fixture: string, url: string, detail: RegExp][] = [
  [
    'profiles/linkedin_2026-12_not-found_en.GUILD.html',
    'https://www.linkedin.com/in/no-such-person-123/',
    /says/,
  ],
  ['profiles/linkedin_2026-12_not-found_fr.GUILD.html', 'https://fr.linkedin.com/in/profil-ferme/', /says/],
  [
    'profiles/linkedin_guest_2026-12_signin-wall_en.GUILD.html',
    'https://www.linkedin.com/in/marc-dubois-42/',
    /says/,
  ],
  [
    'profiles/linkedin_guest_2026-12_signin-wall_fr.GUILD.html',
    'https://fr.linkedin.com/in/lea-martin-dev/',
    /says/,
  ],
  [
    'profiles/linkedin_loggedin_2026-12_edit-mode_en.GUILD.html',
    'https://www.linkedin.com/in/sofia-lind/',
    /edit mode/,
  ],
  [
    'profiles/linkedin_loggedin_2026-12_edit-mode_fr.GUILD.html',
    'https://www.linkedin.com/in/hugo-bernard/',
    /edit mode/,
  ],
];

describe('not a person: a failure with a reason, never a contact', () => {
  test.each(PAGES)('%s', (fixture, url, detail) => {
    const result = readProfile(loadFixture(fixture), url, 1);
    expect(result).toMatchObject({
      ok: false,
      reason: 'not-a-person',
      detail: expect.stringMatching(detail),
    });
    expect(result.ok === false && result.profile?.url).toBe(
      url.replace(/^https:\/\/[a-z]+\./, 'https://www.').replace('fr.linkedin', 'www.linkedin'),
    );
  });

  /** The same pages in a language the word tables do not know (Swedish): the structure alone must tell. */
  const swedish = (fixture: string, replace: [string | RegExp, string][]) => {
    const doc = loadFixture(fixture);
    let html = doc.documentElement.outerHTML;
    for (const [from, to] of replace) html = html.replaceAll(from, to);
    return new DOMParser().parseFromString(html, 'text/html');
  };

  test('a not-found page in another language: its heading is no name (no sign of a person)', () => {
    const doc = swedish('profiles/linkedin_2026-12_not-found_en.GUILD.html', [
      ['This page doesn’t exist', 'Den här sidan finns inte'],
    ]);
    expect(readProfile(doc, 'https://www.linkedin.com/in/no-such-person-123/')).toMatchObject({
      ok: false,
      reason: 'not-a-person',
      detail: 'no profile on the page',
    });
  });

  test('a sign-in wall in another language: a password field and no sign of the person', () => {
    const doc = swedish('profiles/linkedin_guest_2026-12_signin-wall_en.GUILD.html', [
      ['Sign Up | LinkedIn', 'Registrera dig | LinkedIn'],
      ['Sign in to view Marc’s full profile', 'Logga in för att se Marcs fullständiga profil'],
    ]);
    expect(readProfile(doc, 'https://www.linkedin.com/in/marc-dubois-42/')).toMatchObject({
      ok: false,
      reason: 'not-a-person',
      detail: 'a sign-in wall',
    });
  });

  test('edit mode in another language: the own page under an open modal, its title naming something else', () => {
    const doc = swedish('profiles/linkedin_loggedin_2026-12_edit-mode_en.GUILD.html', [
      ['Edit profile | LinkedIn', 'Redigera profil | LinkedIn'],
      ['Edit intro', 'Redigera intro'],
    ]);
    expect(readProfile(doc, 'https://www.linkedin.com/in/sofia-lind/')).toMatchObject({
      ok: false,
      reason: 'not-a-person',
    });
  });

  test('an edit URL is edit mode whatever the title', () => {
    const doc = loadFixture('profiles/linkedin_loggedin_2026-12_badges_en.GUILD.html');
    expect(readProfile(doc, 'https://www.linkedin.com/in/priya-raman-dev/edit/intro/')).toMatchObject({
      ok: false,
      reason: 'not-a-person',
      detail: 'the profile is in edit mode',
    });
  });

  test('the same own profile with the dialog closed and its name as the title reads the person', () => {
    const doc = swedish('profiles/linkedin_loggedin_2026-12_edit-mode_en.GUILD.html', [
      ['Edit profile | LinkedIn', 'Sofia Lind | LinkedIn'],
      ['role="dialog" aria-modal="true"', 'hidden'],
    ]);
    expect(readProfile(doc, 'https://www.linkedin.com/in/sofia-lind/')).toMatchObject({
      ok: true,
      snapshot: {
        name: 'Sofia Lind',
        headline: 'Platform engineer at Wolt',
        company: 'Wolt',
        position: 'Platform engineer',
        location: 'Helsinki, Finland',
      },
    });
  });
});
