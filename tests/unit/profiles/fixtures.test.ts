import { describe, expect, test } from 'vitest';
import { readProfile, readWhenReady } from '@/lib/profiles/read';
import { ReadResultSchema, type ProfileSnapshot } from '@/lib/profiles/snapshot';
import { loadFixture } from '../helpers';
import { CASES } from './fixture-cases';

/** The hostile page's 100 KB headline, cut to the 500-character cap. */
const BIG_HEADLINE = `${'Rockstar ninja 10x engineer '.repeat(18).slice(0, 499).trimEnd()}…`;

/** Tamino's X profile: the saved SSR page and the e2e fixture page read the same. */
const TAMINO: Omit<ProfileSnapshot, 'readAt'> = {
  profile: {
    site: 'x',
    key: 'x:taminomartinius',
    url: 'https://x.com/taminomartinius',
    handle: 'taminomartinius',
  },
  name: 'Tamino Martinius',
  headline: 'I speak code as Staff Engineer @ServiceNow',
  location: 'Berlin, Germany',
  avatarUrl: 'https://pbs.twimg.com/profile_images/2041964587000406017/xzAbL8ph_400x400.jpg',
  website: 'https://tamino.dev/',
  followers: 986,
  sources: {
    name: 'json-ld',
    headline: 'json-ld',
    location: 'json-ld',
    avatarUrl: 'json-ld',
    website: 'json-ld',
    followers: 'json-ld',
  },
};

/**
 * What each fixture reads to, exactly. Reviewed by hand against the pages
 * (see tests/fixtures/profiles/MANIFEST.md); a change here is a change of
 * behaviour, never a formality.
 */
const EXPECTED: Record<string, Omit<ProfileSnapshot, 'readAt'>> = {
  'profiles/linkedin_guest_2016_yatish27_jeffweiner08.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:jeffweiner08',
      url: 'https://www.linkedin.com/in/jeffweiner08/',
      handle: 'jeffweiner08',
    },
    name: 'Jeff Weiner',
    headline: 'CEO at LinkedIn',
    company: 'LinkedIn',
    location: 'San Francisco Bay Area',
    avatarUrl: 'https://media.licdn.com/mpr/mpr/shrinknp_200_200/p/6/005/07c/31e/153cdd3.jpg',
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      location: 'structure',
      avatarUrl: 'meta',
    },
  },
  'profiles/linkedin_guest_2023-04_pib_dulitha.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:dulithawijewantha',
      url: 'https://www.linkedin.com/in/dulithawijewantha/',
      handle: 'dulithawijewantha',
    },
    name: 'Dulitha Wijewantha',
    company: 'Aristotle - Co-Pilot for Cold Sales',
    position: 'Co-Founder & CTO',
    location: 'Singapore',
    avatarUrl:
      'https://media.licdn.com/dms/image/D5603AQEgXzNMajwHjQ/profile-displayphoto-shrink_800_800/0/1666268942675?e=2147483647&v=beta&t=yK-DC4Zw0JElJ2xINGZB1uzMuKF1JGcFyaUCDVLcJCI',
    followers: 5740,
    headline:
      'Building businesses on the Internet | AI/ ML Experimenter 🔬 | Web3 Degen 🧪 | Co-Founder @ Aristotle 🧠 | Helping Founders setup & scale tech teams 🧑🏼‍💻 CA(Co-Founder)',
    sources: {
      name: 'json-ld',
      company: 'json-ld',
      position: 'json-ld',
      location: 'json-ld',
      avatarUrl: 'json-ld',
      followers: 'json-ld',
      headline: 'structure',
    },
  },
  'profiles/linkedin_guest_2023-04_pib_kekayan.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:kekayan',
      url: 'https://www.linkedin.com/in/kekayan/',
      handle: 'kekayan',
    },
    name: 'Kekayan Nanthakumar',
    company: "Insighture - We're hiring",
    position: 'Senior Software Engineer',
    location: 'Colombo, Western Province, Sri Lanka',
    avatarUrl:
      'https://media.licdn.com/dms/image/C5603AQHMqhLLTJzP2A/profile-displayphoto-shrink_800_800/0/1641108903285?e=2147483647&v=beta&t=AZ56v8Cx53N0ZbRHe7e-KGiHgx35FOCWtLXY1PCm1vI',
    followers: 758,
    headline: 'Senior Software Engineer at Insighture | 2x AWS | AWS SAA | AWS DVA | Serverless Enthusiast',
    sources: {
      name: 'json-ld',
      company: 'json-ld',
      position: 'json-ld',
      location: 'json-ld',
      avatarUrl: 'json-ld',
      followers: 'json-ld',
      headline: 'structure',
    },
  },
  'profiles/linkedin_guest_jsonld_2026-07_tamino.DERIVED.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:tamino-martinius',
      url: 'https://www.linkedin.com/in/tamino-martinius/',
      handle: 'tamino-martinius',
    },
    name: 'Tamino Martinius',
    company: 'ServiceNow',
    location: 'Berlin Metropolitan Area',
    followers: 845,
    sources: {
      name: 'json-ld',
      company: 'json-ld',
      location: 'json-ld',
      followers: 'json-ld',
    },
  },
  'profiles/linkedin_loggedin_2026-11_amara.GUILD.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:amara-okafor',
      url: 'https://www.linkedin.com/in/amara-okafor/',
      handle: 'amara-okafor',
    },
    name: 'Amara Okafor',
    headline: 'Staff Software Engineer at Datadog — observability, Rust, distributed tracing',
    company: 'Datadog',
    position: 'Staff Software Engineer',
    location: 'Lagos, Lagos State, Nigeria',
    avatarUrl:
      'https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_400_400/0/1711111111111?e=1767225600&v=beta&t=abc123',
    followers: 1482,
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  },
  'profiles/linkedin_loggedin_2026-11_fr_elodie.GUILD.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:élodie-marchand',
      url: 'https://www.linkedin.com/in/%C3%A9lodie-marchand/',
      handle: 'élodie-marchand',
    },
    name: 'Élodie Marchand',
    headline: 'Développeuse backend chez Qonto · Go, PostgreSQL · Mentore chez Ada Tech School',
    company: 'Qonto',
    position: 'Développeuse backend senior',
    location: 'Nantes, Pays de la Loire, France',
    avatarUrl:
      'https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_200_200/0/1722222222222?e=1767225600&v=beta&t=fr1',
    followers: 1234,
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  },
  'profiles/linkedin_loggedin_2026-11_no-headline.GUILD.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:sam-taylor-42',
      url: 'https://www.linkedin.com/in/sam-taylor-42/',
      handle: 'sam-taylor-42',
    },
    name: 'Sam Taylor',
    location: 'Leeds, England, United Kingdom',
    sources: {
      name: 'title',
      location: 'structure',
    },
  },
  'profiles/linkedin_loggedin_2026-11_emoji-cjk.GUILD.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:李小龙-dev',
      url: 'https://www.linkedin.com/in/%E6%9D%8E%E5%B0%8F%E9%BE%99-dev/',
      handle: '李小龙-dev',
    },
    name: '李小龙 🐉',
    headline: '全栈工程师 👩🏽‍💻 | 开源爱好者 🧑‍🚀 | Kubernetes',
    location: '中国 上海',
    avatarUrl:
      'https://media.licdn.com/dms/image/v2/C5603AQ/profile-displayphoto-shrink_100_100/0/1600000000000?e=1&v=beta&t=zh',
    sources: {
      name: 'title',
      headline: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
    },
  },
  'profiles/linkedin_loggedin_2026-11_hostile.GUILD.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:mallory',
      url: 'https://www.linkedin.com/in/mallory/',
      handle: 'mallory',
    },
    name: '<script>alert(1)</script> Mallory Bold gnp.exe',
    headline: BIG_HEADLINE,
    location: 'Nowhere City',
    sources: {
      name: 'structure',
      headline: 'structure',
      location: 'structure',
    },
  },
  'profiles/x_loggedin_2023_rvinowise_profile_header_BritishArmy.html': {
    profile: {
      site: 'x',
      key: 'x:britisharmy',
      url: 'https://x.com/britisharmy',
      handle: 'britisharmy',
    },
    name: 'British Army 🇬🇧',
    headline:
      'Follow us for news and information on deployments, training exercises, ceremonial duties & regimental events. Recruiting @armyjobs',
    website: 'https://army.mod.uk/',
    followers: 393200,
    avatarUrl: 'https://pbs.twimg.com/profile_images/1543689189090279429/TQAAyM2t_200x200.png',
    sources: {
      name: 'structure',
      headline: 'structure',
      website: 'structure',
      followers: 'structure',
      avatarUrl: 'structure',
    },
  },
  'profiles/x_loggedin_2023_rvinowise_profile_header_IDF.html': {
    profile: {
      site: 'x',
      key: 'x:idf',
      url: 'https://x.com/idf',
      handle: 'idf',
    },
    name: 'Israel Defense Forces',
    headline:
      'Official IDF Twitter account. We tweet real-time information and updates in 7 languages—choose yours: http://bit.ly/twitteridf',
    location: 'Israel',
    website: 'https://linktr.ee/IDFofficial',
    followers: 2400000,
    avatarUrl: 'https://pbs.twimg.com/profile_images/1460244034706935808/lBBT0_jC_200x200.jpg',
    sources: {
      name: 'structure',
      headline: 'structure',
      location: 'structure',
      website: 'structure',
      followers: 'structure',
      avatarUrl: 'structure',
    },
  },
  'profiles/x_ssr_jsonld_2026-07_tamino_TaminoMartinius.DERIVED.html': TAMINO,
  'profiles/x_loggedin_2026-11_full_grace.GUILD.html': {
    profile: {
      site: 'x',
      key: 'x:gracecodes',
      url: 'https://x.com/gracecodes',
      handle: 'gracecodes',
    },
    name: 'Grace Hopper-Liu 🦋',
    headline: 'Compilers, Rust, and teaching kids to code. Ex-@Mozilla. She/her.',
    location: 'Montréal, QC',
    avatarUrl: 'https://pbs.twimg.com/profile_images/1888/grace_400x400.jpg',
    website: 'https://grace.dev/talks',
    followers: 48213,
    sources: {
      name: 'json-ld',
      headline: 'json-ld',
      location: 'json-ld',
      avatarUrl: 'json-ld',
      website: 'json-ld',
      followers: 'json-ld',
    },
  },
  'profiles/x_loggedin_2026-11_rtl_layla.GUILD.html': {
    profile: {
      site: 'x',
      key: 'x:layla_h',
      url: 'https://x.com/layla_h',
      handle: 'layla_h',
    },
    name: 'ليلى حداد 🌙',
    headline: 'مهندسة برمجيات في بيروت — أحب Python وDjango.',
    location: 'بيروت، لبنان',
    website: 'https://t.co/LaYlA77',
    followers: 1204,
    avatarUrl: 'https://pbs.twimg.com/profile_images/777/layla_200x200.png',
    sources: {
      name: 'title',
      headline: 'structure',
      location: 'structure',
      website: 'structure',
      followers: 'structure',
      avatarUrl: 'structure',
    },
  },
  'profiles/x_loggedin_2026-11_hostile.GUILD.html': {
    profile: {
      site: 'x',
      key: 'x:evil_eve',
      url: 'https://x.com/evil_eve',
      handle: 'evil_eve',
    },
    name: '<b>Eve</b>',
    headline: 'Innocent bio with a ZWJ',
    sources: {
      name: 'json-ld',
      headline: 'structure',
    },
  },
  'pages/linkedin/in_camille-lefevre-dev.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:camille-lefevre-dev',
      url: 'https://www.linkedin.com/in/camille-lefevre-dev/',
      handle: 'camille-lefevre-dev',
    },
    name: 'Camille Lefèvre',
    headline: 'Senior Frontend Engineer at Doctolib · React performance, design systems',
    company: 'Doctolib',
    location: 'Paris, Île-de-France, France',
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      location: 'structure',
    },
  },
  'pages/x/taminomartinius.html': TAMINO,
};

describe('every fixture reads to exactly the expected snapshot', () => {
  test.each(CASES)('%s', (fixture, url) => {
    const result = readProfile(loadFixture(fixture), url, 42);
    expect(result).toEqual({ ok: true, snapshot: { ...EXPECTED[fixture], readAt: 42 } });
    // What the reader builds already passes the schema the panel checks it with.
    expect(ReadResultSchema.parse(result)).toEqual(result);
  });

  test.each(CASES)('reading %s leaves the page exactly as it was', async (fixture, url) => {
    const doc = loadFixture(fixture);
    const before = doc.documentElement.outerHTML;
    readProfile(doc, url);
    await readWhenReady(doc, url, 50);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('the table covers every fixture', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(CASES.map(([f]) => f).sort());
  });
});
