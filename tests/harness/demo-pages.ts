import path from 'node:path';
import { FIXTURES_DIR } from './paths';

/**
 * The pages of `npm start`'s demo, served on loopback as www.linkedin.com and
 * x.com: a start page, LinkedIn's 2026 layout, and the test pages (whose own
 * scripts navigate in-app to another person). People invented.
 */
const DEMO_PAGES: Record<string, string> = {
  'www.linkedin.com/': 'demo/feed.html',
  'www.linkedin.com/feed': 'demo/feed.html',
  'www.linkedin.com/in/priya-raman-dev': 'profiles/linkedin_loggedin_2026-12_badges_en.GUILD.html',
  'x.com/gracecodes': 'profiles/x_loggedin_2026-11_full_grace.GUILD.html',
  'twitter.com/gracecodes': 'profiles/x_loggedin_2026-11_full_grace.GUILD.html',
};

/** The demo start page's address. */
export const DEMO_START_URL = 'https://www.linkedin.com/feed/';

/** The demo's own page for this address (first two path segments, case-insensitive), if it has one. */
export function demoPageFile(host: string, pathname: string): string | undefined {
  const segments = pathname.split('/').filter(Boolean).slice(0, 2).join('/').toLowerCase();
  const file = DEMO_PAGES[`${host}/${segments}`];
  return file ? path.join(FIXTURES_DIR, file) : undefined;
}

/**
 * The banner every demo page carries, written into the page by the demo
 * server (Guild itself never adds anything to a page). No heading and no
 * link, so no profile reader can take it for the person.
 */
export const DEMO_BANNER =
  '<div id="guild-demo-banner" role="note" style="position:sticky;top:0;z-index:2147483647;margin:0;padding:8px 16px;' +
  'background:#fff3bf;color:#3b2f00;border-bottom:2px solid #c9a400;font:600 14px/1.4 system-ui,sans-serif;text-align:center">' +
  'Guild demo: this page is served from the Guild repository on your computer (127.0.0.1), not by LinkedIn or X. ' +
  'The people are invented.<br /><span lang="fr">Démo de Guild : cette page vient du dépôt de Guild, sur votre ordinateur ' +
  '(127.0.0.1), pas de LinkedIn ni de X. Les personnes sont inventées.</span></div>';

/** The page with the demo banner first in its body. */
export function withDemoBanner(html: string): string {
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return DEMO_BANNER + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + DEMO_BANNER + html.slice(at);
}
