/**
 * The truth, read by eye, for every real captured page (nobody here wrote
 * them): tests/fixtures/profiles-real/MANIFEST.md (10 pages, 2016–2026) and
 * the real pages of tests/fixtures/profiles/ (2016, 2023-04, X 2023-11).
 * A field left out means the page does not show it for this person: the
 * right answer is no value. Used by accuracy.test.ts (the per-field table)
 * and fixtures.test.ts (exact snapshots).
 */
export interface Truth {
  fixture: string;
  url: string;
  name: string;
  headline?: string;
  company?: string;
  position?: string;
  location?: string;
}

export const REAL_PAGES: Truth[] = [
  {
    fixture: 'profiles-real/scoutr_guest_2024_profile1.html',
    url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
    name: 'Eduardo Alvarez Nowak',
    headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
    company: 'Novare Potential',
    position: 'Tech Education Team Lead',
    location: 'Greater Stockholm Metropolitan Area',
  },
  {
    fixture: 'profiles-real/scoutr_guest_2024_profile2.html',
    url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
    name: 'Sri Lalitha Jeevanige',
    headline: 'SAFe certified Scrum Master @ Swedbank | Pega Senior System Architect',
    company: 'Swedbank',
    position: 'Scrum Master - Software Engineer',
    location: 'Stockholm, Stockholm County, Sweden',
  },
  {
    fixture: 'profiles-real/scoutr_loggedin_profile1.html',
    url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
    name: 'Eduardo Alvarez Nowak',
    headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
    company: 'Novare Potential',
    position: 'Tech Education Team Lead',
    location: 'Greater Stockholm Metropolitan Area',
  },
  {
    fixture: 'profiles-real/scoutr_loggedin_profile2.html',
    url: 'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
    name: 'Sri Lalitha Jeevanige',
    headline: 'SAFe certified Scrum Master @ Swedbank | Pega Senior System Architect',
    company: 'Swedbank',
    position: 'Scrum Master - Software Engineer',
    location: 'Stockholm, Stockholm County, Sweden',
  },
  {
    fixture: 'profiles-real/julianbei_test_profile.html',
    url: 'https://de.linkedin.com/in/julianamelung',
    name: 'Julian (Beisenkötter) Amelung',
    headline: 'Software Artist',
    company: 'eXalted IT',
    position: 'CEO',
    location: 'Berlin Area, Germany',
  },
  {
    fixture: 'profiles-real/austinoboyle_html_files_otherProfile.html',
    url: 'https://www.linkedin.com/in/seancahalan/',
    name: 'Sean Cahalan',
    headline: 'Software Developer | Computer Engineering Student',
    company: 'Bounce',
    position: 'Front-end Lead',
    location: 'North York, Ontario, Canada',
  },
  {
    fixture: 'profiles-real/austinoboyle_profile.html',
    url: 'https://www.linkedin.com/in/austinoboyle/',
    name: "Austin O'Boyle",
    headline: 'Software Developer | Pythonista | Mathematical Physics Student',
    company: 'Centre for Advanced Computing',
    position: 'Software Developer',
    location: 'Toronto, Canada Area',
  },
  {
    fixture: 'profiles-real/tusharchauhan_linkedin-mcp_2026_loggedin.html',
    url: 'https://www.linkedin.com/in/tusharchauhan1410/',
    name: 'Tushar Chauhan',
    headline:
      'Backend Engineer | Context Engineering | High-Performance Backend & Data Systems | GenAI | RAG Systems | Python, Kotlin, Redis, FastAPI, Spring | Airflow | Data Structures & Algorithms | Ex-Soroco',
    company: 'PayPay India',
    location: 'Noida, Uttar Pradesh, India',
  },
  {
    fixture: 'profiles-real/yennanliu_linkedin-skill_2026_loggedin_profile_snapshot.html',
    url: 'https://www.linkedin.com/in/rossrmartin/',
    name: 'Ross Martin 🚀',
    headline: 'APAC Lead - TA, Alexa + Amazon Science | Come and build the future with us!',
    company: 'Amazon Web Services (AWS)',
    location: 'Tokyo, Tokyo, Japan',
  },
  {
    fixture: 'profiles-real/cyohei9907_x_2025_loggedout_skiinfomation.html',
    url: 'https://x.com/skiinfomation',
    name: 'スキー場情報局',
    headline:
      '全国のスキー場の情報を提供しています。 主にスキー場の現地に出向き生の情報をお届けします。 個人アカウントですが頑張ってます。 どなたでもリプ可能ですが、攻撃的な書き込みは大嫌いですので仲良くやり取りしましょう。 夏は山にも登ります',
    location: '東京都',
  },
  {
    fixture: 'profiles/linkedin_guest_2016_yatish27_jeffweiner08.html',
    url: 'https://www.linkedin.com/in/jeffweiner08',
    name: 'Jeff Weiner',
    headline: 'CEO at LinkedIn',
    company: 'LinkedIn',
    position: 'CEO',
    location: 'San Francisco Bay Area',
  },
  {
    fixture: 'profiles/linkedin_guest_2023-04_pib_dulitha.html',
    url: 'https://sg.linkedin.com/in/dulithawijewantha',
    name: 'Dulitha Wijewantha',
    headline:
      'Building businesses on the Internet | AI/ ML Experimenter 🔬 | Web3 Degen 🧪 | Co-Founder @ Aristotle 🧠 | Helping Founders setup & scale tech teams 🧑🏼‍💻 CA(Co-Founder)',
    company: 'Aristotle - Co-Pilot for Cold Sales',
    position: 'Co-Founder & CTO',
    location: 'Singapore',
  },
  {
    fixture: 'profiles/linkedin_guest_2023-04_pib_kekayan.html',
    url: 'https://lk.linkedin.com/in/kekayan',
    name: 'Kekayan Nanthakumar',
    headline: 'Senior Software Engineer at Insighture | 2x AWS | AWS SAA | AWS DVA | Serverless Enthusiast',
    company: "Insighture - We're hiring",
    position: 'Senior Software Engineer',
    location: 'Colombo, Western Province, Sri Lanka',
  },
  {
    fixture: 'profiles/x_loggedin_2023_rvinowise_profile_header_BritishArmy.html',
    url: 'https://x.com/BritishArmy',
    name: 'British Army 🇬🇧',
    headline:
      'Follow us for news and information on deployments, training exercises, ceremonial duties & regimental events. Recruiting @armyjobs',
  },
  {
    fixture: 'profiles/x_loggedin_2023_rvinowise_profile_header_IDF.html',
    url: 'https://twitter.com/IDF',
    name: 'Israel Defense Forces',
    headline:
      'Official IDF Twitter account. We tweet real-time information and updates in 7 languages—choose yours: http://bit.ly/twitteridf',
    location: 'Israel',
  },
];
