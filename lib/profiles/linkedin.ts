import { cleanHttpsUrl, cleanText } from './clean';
import { firstString, hasType, jsonLdObjects } from './json-ld';
import { linkedInSlug } from './detect';
import type { FieldCollector } from './fields';

/**
 * LinkedIn selectors, most stable first. Each names where and when it was seen;
 * drop a variant when it has not been seen for a year.
 */
export const linkedInSelectors = {
  /** 2023-04 public page: h1.top-card-layout__title; 2026 logged-in: first h1 in main (hashed classes). */
  name: ['main section h1', 'h1.top-card-layout__title', 'main h1', 'h1#name'],
  /** 2023-04 public: h2.top-card-layout__headline; 2026 logged-in: [data-generated-suggestion-target] div after h1. */
  headline: ['h2.top-card-layout__headline', 'main section h1 ~ div.text-body-medium', 'p.headline.title'],
  /** 2023-04 public: .top-card__subline-item (first one is the location). */
  location: ['.top-card__subline-item', '.locality'],
};

function titleParts(doc: Document): string[] {
  // "(3) Jane Doe | LinkedIn" (logged in) or "Jane Doe - Headline - Company | LinkedIn" (public).
  const title = doc.title.replace(/^\(\d+\+?\)\s*/, '');
  const match = /^(.*?)\s*\|\s*LinkedIn\s*$/.exec(title);
  if (!match?.[1]) return [];
  return match[1]
    .split(/\s+-\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function pick(doc: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const text = cleanText(doc.querySelector(selector)?.textContent);
    if (text) return text;
  }
  return undefined;
}

/**
 * 2026 logged-in redesign: class names are hashed, so the headline is found by
 * structure: the first element after the name's h1 that holds text.
 */
function textAfterName(doc: Document): string | undefined {
  const h1 = doc.querySelector(linkedInSelectors.name[0] ?? 'main section h1');
  for (let el = h1?.nextElementSibling; el; el = el.nextElementSibling) {
    const text = cleanText(el.textContent, 500);
    if (text) return text;
  }
  return undefined;
}

/** Slugs the page's visible profile content links to (stale content names the previous person). */
export function linkedInEvidence(doc: Document): { main: string[]; head: string[] } {
  const main: string[] = [];
  const scope = doc.querySelector('main') ?? doc.body;
  for (const a of Array.from(scope?.querySelectorAll('a[href*="/in/"]') ?? []).slice(0, 50)) {
    const href = a.getAttribute('href') ?? '';
    // Only self-links of the top card: contact info, activity, details.
    if (!/\/in\/[^/]+\/(overlay|recent-activity|details)\//.test(href)) continue;
    const slug = linkedInSlug(new URL(href, 'https://www.linkedin.com'));
    if (slug) main.push(slug);
  }
  const head: string[] = [];
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const canonicalSlug = canonical ? linkedInSlug(canonical) : undefined;
  if (canonicalSlug) head.push(canonicalSlug);
  return { main, head };
}

/** Read a LinkedIn profile document into the collector, most stable strategy first. */
export function readLinkedIn(doc: Document, slug: string, fields: FieldCollector): void {
  const person = jsonLdObjects(doc).find((o) => {
    if (!hasType(o, 'Person')) return false;
    const url = typeof o.url === 'string' ? linkedInSlug(o.url) : undefined;
    // JSON-LD for someone else (left over after in-app navigation) is ignored.
    return url === undefined || url === slug;
  });
  if (person) {
    fields.offer('name', 'json-ld', cleanText(firstString(person.name), 200));
    fields.offer('position', 'json-ld', cleanText(firstString(person.jobTitle), 200));
    fields.offer('company', 'json-ld', cleanText(firstString(person.worksFor), 200));
    const address = person.address as Record<string, unknown> | undefined;
    fields.offer('location', 'json-ld', cleanText(firstString(address?.addressLocality), 200));
    const image = person.image as Record<string, unknown> | undefined;
    fields.offer('avatarUrl', 'json-ld', cleanHttpsUrl(image?.contentUrl));
  }
  const parts = titleParts(doc);
  fields.offer('name', 'title', cleanText(parts[0], 200));
  fields.offer('headline', 'title', cleanText(parts[1], 500));
  fields.offer('company', 'title', cleanText(parts[2], 200));
  fields.offer('name', 'structure', pick(doc, linkedInSelectors.name));
  fields.offer('headline', 'structure', pick(doc, linkedInSelectors.headline) ?? textAfterName(doc));
  fields.offer('location', 'structure', pick(doc, linkedInSelectors.location));
  const meta = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
  fields.offer('name', 'meta', cleanText(meta('og:title')?.split(/\s+[-|]\s+/)[0], 200));
  fields.offer('avatarUrl', 'meta', cleanHttpsUrl(meta('og:image')));
}
