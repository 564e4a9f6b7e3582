import { REAL_PAGES } from './real-truth';

/** Every profile fixture with the URL it is read under (the unit tests' table). */
export const CASES: [fixture: string, url: string][] = [
  ['profiles/linkedin_guest_2016_yatish27_jeffweiner08.html', 'https://www.linkedin.com/in/jeffweiner08'],
  ['profiles/linkedin_guest_2023-04_pib_dulitha.html', 'https://sg.linkedin.com/in/dulithawijewantha'],
  ['profiles/linkedin_guest_2023-04_pib_kekayan.html', 'https://lk.linkedin.com/in/kekayan'],
  [
    'profiles/linkedin_guest_jsonld_2026-07_tamino.DERIVED.html',
    'https://de.linkedin.com/in/tamino-martinius/en',
  ],
  ['profiles/linkedin_loggedin_2026-11_amara.GUILD.html', 'https://www.linkedin.com/in/amara-okafor/'],
  [
    'profiles/linkedin_loggedin_2026-11_fr_elodie.GUILD.html',
    'https://fr.linkedin.com/in/%C3%A9lodie-marchand/',
  ],
  ['profiles/linkedin_loggedin_2026-11_no-headline.GUILD.html', 'https://www.linkedin.com/in/sam-taylor-42/'],
  [
    'profiles/linkedin_loggedin_2026-11_emoji-cjk.GUILD.html',
    'https://www.linkedin.com/in/%E6%9D%8E%E5%B0%8F%E9%BE%99-dev/',
  ],
  ['profiles/linkedin_loggedin_2026-11_hostile.GUILD.html', 'https://www.linkedin.com/in/mallory/'],
  ['profiles/x_loggedin_2023_rvinowise_profile_header_BritishArmy.html', 'https://x.com/BritishArmy'],
  ['profiles/x_loggedin_2023_rvinowise_profile_header_IDF.html', 'https://twitter.com/IDF'],
  ['profiles/x_ssr_jsonld_2026-07_tamino_TaminoMartinius.DERIVED.html', 'https://x.com/TaminoMartinius'],
  ['profiles/x_loggedin_2026-11_full_grace.GUILD.html', 'https://x.com/GraceCodes/with_replies'],
  ['profiles/x_loggedin_2026-11_rtl_layla.GUILD.html', 'https://twitter.com/layla_h/media'],
  ['profiles/x_loggedin_2026-11_hostile.GUILD.html', 'https://x.com/evil_eve'],
  ['pages/linkedin/in_camille-lefevre-dev.html', 'https://www.linkedin.com/in/camille-lefevre-dev/'],
  ['pages/x/taminomartinius.html', 'https://x.com/TaminoMartinius'],
  ['profiles/linkedin_loggedin_2026-12_badges_en.GUILD.html', 'https://www.linkedin.com/in/priya-raman-dev/'],
  ['profiles/linkedin_loggedin_2026-12_badges_fr.GUILD.html', 'https://fr.linkedin.com/in/camille-roux-fr/'],
  ['profiles/linkedin_loggedin_2026-12_hostile-card.GUILD.html', 'https://www.linkedin.com/in/zed-quill/'],
  ...REAL_PAGES.filter((p) => p.fixture.startsWith('profiles-real/')).map((p): [string, string] => [
    p.fixture,
    p.url,
  ]),
];
