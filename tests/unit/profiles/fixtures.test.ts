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
    position: 'CEO',
    location: 'San Francisco Bay Area',
    avatarUrl: 'https://media.licdn.com/mpr/mpr/shrinknp_200_200/p/6/005/07c/31e/153cdd3.jpg',
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
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
    followers: 1204,
    avatarUrl: 'https://pbs.twimg.com/profile_images/777/layla_200x200.png',
    sources: {
      name: 'title',
      headline: 'structure',
      location: 'structure',
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
    position: 'Senior Frontend Engineer',
    location: 'Paris, Île-de-France, France',
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      position: 'headline',
      location: 'structure',
    },
  },
  'pages/x/taminomartinius.html': TAMINO,
  // Written for Guild, 2026-12: badges beside the name, traps around the card (MANIFEST.md).
  'profiles/linkedin_loggedin_2026-12_badges_en.GUILD.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:priya-raman-dev',
      url: 'https://www.linkedin.com/in/priya-raman-dev/',
      handle: 'priya-raman-dev',
    },
    name: 'Priya Raman',
    headline: 'Compiler engineer at Spotify',
    company: 'Spotify',
    position: 'Compiler engineer',
    location: 'Stockholm, Sweden',
    avatarUrl:
      'https://media.licdn.com/dms/image/v2/D4D03AQ/profile-displayphoto-scale_200_200/0/1790000000000?e=1&v=beta&t=pr',
    followers: 2310,
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      position: 'headline',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  },
  'profiles/linkedin_loggedin_2026-12_badges_fr.GUILD.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:camille-roux-fr',
      url: 'https://www.linkedin.com/in/camille-roux-fr/',
      handle: 'camille-roux-fr',
    },
    name: 'Camille Roux',
    headline: 'Ingénieure chez Alan',
    company: 'Alan',
    position: 'Ingénieure',
    location: 'Paris, Île-de-France, France',
    avatarUrl:
      'https://media.licdn.com/dms/image/v2/D4D03AQ/profile-displayphoto-scale_200_200/0/1790000000000?e=1&v=beta&t=pr',
    followers: 1204,
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      position: 'headline',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  },
  'profiles/linkedin_loggedin_2026-12_hostile-card.GUILD.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:zed-quill',
      url: 'https://www.linkedin.com/in/zed-quill/',
      handle: 'zed-quill',
    },
    name: 'Zed Quill',
    // Two jobs in the headline, a company line the card does not corroborate: no company, no position.
    headline: 'Engineer at Foo, Advisor at Bar',
    location: 'Oslo, Norway',
    sources: { name: 'title', headline: 'structure', location: 'structure' },
  },
  // Real pages captured by others (tests/fixtures/profiles-real/MANIFEST.md); the five text
  // fields are their truth (real-truth.ts), photos and counts checked by eye on each page.
  'profiles-real/scoutr_guest_2024_profile1.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:eduardo-alvarez-nowak',
      url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
      handle: 'eduardo-alvarez-nowak',
    },
    name: 'Eduardo Alvarez Nowak',
    position: 'Tech Education Team Lead',
    company: 'Novare Potential',
    headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
    location: 'Greater Stockholm Metropolitan Area',
    avatarUrl:
      'https://media.licdn.com/dms/image/C4E03AQHwKgpnjrXkZA/profile-displayphoto-shrink_200_200/0/1643017689481?e=2147483647&v=beta&t=jU2cTtlQ-Zu8KItC4RnwO_vYqbilIVQf7vZtr4ZPXvI',
    followers: 564,
    sources: {
      name: 'title',
      position: 'title',
      company: 'title',
      headline: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  },
  'profiles-real/scoutr_guest_2024_profile2.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:sri-lalitha-jeevanige-35520a61',
      url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
      handle: 'sri-lalitha-jeevanige-35520a61',
    },
    name: 'Sri Lalitha Jeevanige',
    company: 'Swedbank',
    position: 'Scrum Master - Software Engineer',
    location: 'Stockholm, Stockholm County, Sweden',
    followers: 339,
    headline: 'SAFe certified Scrum Master @ Swedbank | Pega Senior System Architect',
    sources: {
      name: 'json-ld',
      company: 'json-ld',
      position: 'json-ld',
      location: 'json-ld',
      followers: 'json-ld',
      headline: 'structure',
    },
  },
  'profiles-real/scoutr_loggedin_profile1.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:eduardo-alvarez-nowak',
      url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
      handle: 'eduardo-alvarez-nowak',
    },
    name: 'Eduardo Alvarez Nowak',
    headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
    company: 'Novare Potential',
    position: 'Tech Education Team Lead',
    location: 'Greater Stockholm Metropolitan Area',
    avatarUrl:
      'https://media.licdn.com/dms/image/C4E03AQHwKgpnjrXkZA/profile-displayphoto-shrink_400_400/0/1643017689481?e=1726099200&v=beta&t=Wew9-WaLMM3g5lKNGqyL2GSJXPG_4MZVm4yh4Uc7_yg',
    followers: 594,
    sources: {
      name: 'structure',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  },
  'profiles-real/scoutr_loggedin_profile2.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:sri-lalitha-jeevanige-35520a61',
      url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
      handle: 'sri-lalitha-jeevanige-35520a61',
    },
    name: 'Sri Lalitha Jeevanige',
    headline: 'SAFe certified Scrum Master @ Swedbank | Pega Senior System Architect',
    company: 'Swedbank',
    position: 'Scrum Master - Software Engineer',
    location: 'Stockholm, Stockholm County, Sweden',
    avatarUrl:
      'https://media.licdn.com/dms/image/C4E03AQEO9T60eDfNKA/profile-displayphoto-shrink_100_100/0/1596641317602?e=1726099200&v=beta&t=t5ghQeTgEC2PORiS9SECn8u5evxOlfg78GZvrG86aP8',
    followers: 357,
    sources: {
      name: 'structure',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  },
  'profiles-real/julianbei_test_profile.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:julianamelung',
      url: 'https://www.linkedin.com/in/julianamelung/',
      handle: 'julianamelung',
    },
    name: 'Julian (Beisenkötter) Amelung',
    headline: 'Software Artist',
    company: 'eXalted IT',
    position: 'CEO',
    location: 'Berlin Area, Germany',
    avatarUrl:
      'https://media.licdn.com/mpr/mpr/shrinknp_200_200/AAEAAQAAAAAAAAe8AAAAJDYwZGEyYWUyLTVhNWMtNDNjYS1hNGIxLTA0NTVjOWNiNGEyYQ.jpg',
    sources: {
      name: 'structure',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
      avatarUrl: 'meta',
    },
  },
  'profiles-real/austinoboyle_html_files_otherProfile.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:seancahalan',
      url: 'https://www.linkedin.com/in/seancahalan/',
      handle: 'seancahalan',
    },
    name: 'Sean Cahalan',
    headline: 'Software Developer | Computer Engineering Student',
    company: 'Bounce',
    position: 'Front-end Lead',
    location: 'North York, Ontario, Canada',
    sources: {
      name: 'structure',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
    },
  },
  'profiles-real/austinoboyle_profile.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:austinoboyle',
      url: 'https://www.linkedin.com/in/austinoboyle/',
      handle: 'austinoboyle',
    },
    name: "Austin O'Boyle",
    headline: 'Software Developer | Pythonista | Mathematical Physics Student',
    company: 'Centre for Advanced Computing',
    position: 'Software Developer',
    location: 'Toronto, Canada Area',
    avatarUrl:
      'https://media.licdn.com/dms/image/C5603AQFJq2r7jBlHvA/profile-displayphoto-shrink_200_200/0?e=1531353600&v=beta&t=XhiBK6-_8bYZrFZFgA_pQB0yhkctunPOEIP1vVGSBaE',
    sources: {
      name: 'structure',
      headline: 'structure',
      company: 'structure',
      position: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
    },
  },
  'profiles-real/tusharchauhan_linkedin-mcp_2026_loggedin.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:tusharchauhan1410',
      url: 'https://www.linkedin.com/in/tusharchauhan1410/',
      handle: 'tusharchauhan1410',
    },
    name: 'Tushar Chauhan',
    headline:
      'Backend Engineer | Context Engineering | High-Performance Backend & Data Systems | GenAI | RAG Systems | Python, Kotlin, Redis, FastAPI, Spring | Airflow | Data Structures & Algorithms | Ex-Soroco',
    company: 'PayPay India',
    location: 'Noida, Uttar Pradesh, India',
    avatarUrl:
      'https://media.licdn.com/dms/image/v2/D4D03AQFboALcH80WfA/profile-displayphoto-scale_100_100/B4DaBxe2jDIgAY-/0/1788610309214?e=1791417600&v=beta&t=BnrL4IfTHb9BOLQQ3wGjYrtg3YKzgEFvHkTP-AY7N2s',
    followers: 2344,
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  },
  'profiles-real/yennanliu_linkedin-skill_2026_loggedin_profile_snapshot.html': {
    profile: {
      site: 'linkedin',
      key: 'linkedin:rossrmartin',
      url: 'https://www.linkedin.com/in/rossrmartin/',
      handle: 'rossrmartin',
    },
    name: 'Ross Martin 🚀',
    headline: 'APAC Lead - TA, Alexa + Amazon Science | Come and build the future with us!',
    company: 'Amazon Web Services (AWS)',
    location: 'Tokyo, Tokyo, Japan',
    avatarUrl:
      'https://media.licdn.com/dms/image/v2/D5603AQHpxBna6qMf6Q/profile-displayphoto-scale_100_100/B56Z2.ttYRGgAc-/0/1777021147097?e=1778716800&v=beta&t=PQ3D4klfDKu42cFJgE3LysgqGEvUWMkqoFsnFPAbKKQ',
    followers: 17457,
    sources: {
      name: 'title',
      headline: 'structure',
      company: 'structure',
      location: 'structure',
      avatarUrl: 'structure',
      followers: 'structure',
    },
  },
  'profiles-real/cyohei9907_x_2025_loggedout_skiinfomation.html': {
    profile: {
      site: 'x',
      key: 'x:skiinfomation',
      url: 'https://x.com/skiinfomation',
      handle: 'skiinfomation',
    },
    name: 'スキー場情報局',
    headline:
      '全国のスキー場の情報を提供しています。 主にスキー場の現地に出向き生の情報をお届けします。 個人アカウントですが頑張ってます。 どなたでもリプ可能ですが、攻撃的な書き込みは大嫌いですので仲良くやり取りしましょう。 夏は山にも登ります',
    location: '東京都',
    avatarUrl: 'https://pbs.twimg.com/profile_images/1943442921572999168/_Q7u2Tno_400x400.jpg',
    website: 'http://skimt.s93.xrea.com/',
    followers: 69211,
    sources: {
      name: 'json-ld',
      headline: 'json-ld',
      location: 'json-ld',
      avatarUrl: 'json-ld',
      website: 'json-ld',
      followers: 'json-ld',
    },
  },
};

describe('every fixture reads to exactly the expected snapshot', () => {
  test.each(CASES)(
    '%s',
    (fixture, url) => {
      const result = readProfile(loadFixture(fixture), url, 42);
      expect(result).toEqual({ ok: true, snapshot: { ...EXPECTED[fixture], readAt: 42 } });
      // What the reader builds already passes the schema the panel checks it with.
      expect(ReadResultSchema.parse(result)).toEqual(result);
    },
    30_000,
  );

  test.each(CASES)(
    'reading %s leaves the page exactly as it was',
    async (fixture, url) => {
      const doc = loadFixture(fixture);
      const before = doc.documentElement.outerHTML;
      readProfile(doc, url);
      await readWhenReady(doc, url, 50);
      expect(doc.documentElement.outerHTML).toBe(before);
    },
    30_000,
  );

  test('the table covers every fixture', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(CASES.map(([f]) => f).sort());
  });
});
