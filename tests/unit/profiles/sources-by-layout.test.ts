import { expect, test } from 'vitest';
import { readProfile } from '@/lib/profiles/read';
import { loadFixture } from '../helpers';

/**
 * Per layout, each field and where it came from (`snapshot.sources`): a
 * markup change shows up here as a field falling back to a weaker strategy
 * or disappearing. One real page per layout where there is one.
 */
const LAYOUTS: [layout: string, fixture: string, url: string, sources: Record<string, string>][] = [
  [
    'LinkedIn 2026 logged in (no h1, name h2 in the profile link)',
    'profiles-real/yennanliu_linkedin-skill_2026_loggedin_profile_snapshot.html',
    'https://www.linkedin.com/in/rossrmartin/',
    {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  ],
  [
    'LinkedIn 2026 logged in, headline stating the job',
    'profiles/linkedin_loggedin_2026-12_badges_en.GUILD.html',
    'https://www.linkedin.com/in/priya-raman-dev/',
    {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      position: 'headline',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  ],
  [
    'LinkedIn 2024 logged in (Ember, head removed)',
    'profiles-real/scoutr_loggedin_profile2.html',
    'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
    {
      name: 'structure',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  ],
  [
    'LinkedIn 2024-05 public (JSON-LD)',
    'profiles-real/scoutr_guest_2024_profile2.html',
    'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
    {
      name: 'json-ld',
      headline: 'structure',
      company: 'json-ld',
      position: 'json-ld',
      location: 'json-ld',
      followers: 'json-ld',
    },
  ],
  [
    'LinkedIn 2024-05 public, malformed JSON-LD',
    'profiles-real/scoutr_guest_2024_profile1.html',
    'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
    {
      name: 'title',
      headline: 'structure',
      company: 'title',
      position: 'title',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  ],
  [
    'LinkedIn 2018 logged in (pv-top-card)',
    'profiles-real/austinoboyle_html_files_otherProfile.html',
    'https://www.linkedin.com/in/seancahalan/',
    {
      name: 'structure',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
    },
  ],
  [
    'LinkedIn 2016 public',
    'profiles-real/julianbei_test_profile.html',
    'https://de.linkedin.com/in/julianamelung',
    {
      name: 'structure',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
      avatarUrl: 'meta',
    },
  ],
  [
    'X 2025 logged out (JSON-LD)',
    'profiles-real/cyohei9907_x_2025_loggedout_skiinfomation.html',
    'https://x.com/skiinfomation',
    {
      name: 'json-ld',
      headline: 'json-ld',
      location: 'json-ld',
      avatarUrl: 'json-ld',
      website: 'json-ld',
      followers: 'json-ld',
    },
  ],
  [
    'X 2023 logged in (header only)',
    'profiles/x_loggedin_2023_rvinowise_profile_header_IDF.html',
    'https://twitter.com/IDF',
    {
      name: 'structure',
      headline: 'structure',
      location: 'structure',
      website: 'structure',
      followers: 'structure',
      avatarUrl: 'structure',
    },
  ],
];

test.each(LAYOUTS)(
  '%s',
  (_layout, fixture, url, sources) => {
    const result = readProfile(loadFixture(fixture), url, 0);
    expect(result.ok && result.snapshot.sources).toEqual(sources);
  },
  30_000,
);
