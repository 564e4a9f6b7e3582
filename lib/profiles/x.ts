import { cleanHttpsUrl, cleanText } from './clean';
import { firstString, hasType, jsonLdObjects } from './json-ld';
import type { FieldCollector } from './fields';

/**
 * X selectors. X's `data-testid` values have been stable since at least 2021
 * (seen in 2023 saved headers and 2026 pages); class names are not, never use them.
 */
export const xSelectors = {
  /** 2023 logged-in header: [data-testid="UserName"] holds "Name" then "@handle". */
  userName: '[data-testid="UserName"]',
  bio: '[data-testid="UserDescription"]',
  location: '[data-testid="UserLocation"]',
  website: '[data-testid="UserUrl"]',
  /** 2026 server render: the ProfilePage JSON-LD lives in this script. */
  schema: 'script[data-testid="UserProfileSchema-test"]',
};

/** Handles the visible page names: "@handle" in the header, "(@handle)" in the title. */
export function xEvidence(doc: Document): { main: string[]; head: string[] } {
  const main: string[] = [];
  const header = doc.querySelector(xSelectors.userName)?.textContent ?? '';
  for (const m of header.matchAll(/@([A-Za-z0-9_]{1,15})/g)) if (m[1]) main.push(m[1].toLowerCase());
  const title = /\(@([A-Za-z0-9_]{1,15})\)/.exec(doc.title);
  if (title?.[1]) main.push(title[1].toLowerCase());
  return { main, head: [] };
}

function personOf(doc: Document, handle: string): Record<string, unknown> | undefined {
  for (const obj of jsonLdObjects(doc)) {
    if (!hasType(obj, 'Person')) continue;
    const alt = firstString(obj.additionalName);
    if (alt === undefined || alt.replace(/^@/, '').toLowerCase() === handle) return obj;
  }
  return undefined;
}

/** Read an X profile document into the collector, most stable strategy first. */
export function readX(doc: Document, handle: string, fields: FieldCollector): void {
  const person = personOf(doc, handle);
  if (person) {
    fields.offer('name', 'json-ld', cleanText(firstString(person.name), 200));
    fields.offer('headline', 'json-ld', cleanText(firstString(person.description), 500));
    const home = person.homeLocation as Record<string, unknown> | undefined;
    fields.offer('location', 'json-ld', cleanText(firstString(home?.name), 200));
    const image = person.image as Record<string, unknown> | undefined;
    fields.offer('avatarUrl', 'json-ld', cleanHttpsUrl(image?.contentUrl));
    fields.offer('website', 'json-ld', cleanHttpsUrl(firstString(person.sameAs)));
    const stats = Array.isArray(person.interactionStatistic) ? person.interactionStatistic : [];
    for (const s of stats as Record<string, unknown>[]) {
      const type = JSON.stringify(s.interactionType ?? '');
      if (/Follow/.test(type) && typeof s.userInteractionCount === 'number') {
        fields.offer('followers', 'json-ld', String(s.userInteractionCount));
      }
    }
  }
  const title = /^(?:\(\d+\+?\)\s*)?(.*?)\s*\(@[A-Za-z0-9_]{1,15}\)\s*\/\s*(?:X|Twitter)\s*$/.exec(doc.title);
  fields.offer('name', 'title', cleanText(title?.[1], 200));
  const header = doc.querySelector(xSelectors.userName);
  // The first line of the header is the display name; "@handle" follows.
  const nameNode = header?.querySelector('span');
  fields.offer('name', 'structure', cleanText(nameNode?.textContent, 200));
  fields.offer('headline', 'structure', cleanText(doc.querySelector(xSelectors.bio)?.textContent, 500));
  fields.offer('location', 'structure', cleanText(doc.querySelector(xSelectors.location)?.textContent, 200));
  const site = cleanText(doc.querySelector(xSelectors.website)?.textContent, 200);
  fields.offer(
    'website',
    'structure',
    site ? cleanHttpsUrl(`https://${site.replace(/^https?:\/\//, '')}`) : undefined,
  );
  const meta = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
  fields.offer('avatarUrl', 'meta', cleanHttpsUrl(meta('og:image')));
}
