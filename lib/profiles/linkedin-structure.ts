import { cleanHttpsUrl, cleanText } from './clean';
import { parseCount } from './count';
import { linkedInSlug } from './detect';
import { linkedInSelectors as S } from './linkedin-selectors';
import { visibleText } from './text';

/**
 * Reading LinkedIn's visible page by structure. The 2026 logged-in app hashes
 * its class names, so these functions anchor on elements (`main`, `section`,
 * `h1`, `li`), aria-labels, ids that name sections, and hrefs.
 */

/** The top card: the section of `main` that holds the name's `h1`. */
export function topCard(doc: Document): Element | undefined {
  const main = doc.querySelector('main') ?? doc.body;
  const h1 = main?.querySelector('h1');
  return h1?.closest('section') ?? h1?.parentElement ?? undefined;
}

/** The person's name: the top card's `h1`, then the older class-named headings. */
export function headingName(doc: Document, card = topCard(doc)): string | undefined {
  for (const selector of S.name) {
    const text = cleanText(visibleText((card ?? doc).querySelector(selector)), 200);
    if (text) return text;
  }
  return undefined;
}

/** Pronouns shown beside the name ("(She/Her)", "il/lui"), never a headline. */
const PRONOUNS = /^\(?[\p{L}]{1,6}\/[\p{L}]{1,6}\)?$/u;

/**
 * The headline: 2024–2026 logged in, the element marked
 * `data-generated-suggestion-target` in the top card; else the first text
 * after the name's row (walking up from the `h1`, skipping pronouns); 2023
 * public and 2016 pages have classes.
 */
export function headline(doc: Document, card = topCard(doc)): string | undefined {
  for (const selector of S.headline) {
    const text = cleanText(visibleText(doc.querySelector(selector)), 500);
    if (text) return text;
  }
  if (!card) return undefined;
  const marked = cleanText(visibleText(card.querySelector('[data-generated-suggestion-target]')), 500);
  if (marked) return marked;
  for (
    let node: Element | null = card.querySelector('h1');
    node && node !== card;
    node = node.parentElement
  ) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.querySelector('a[href*="/overlay/contact-info/"]')) return undefined;
      const text = cleanText(visibleText(sib), 500);
      if (text && !PRONOUNS.test(text)) return text;
    }
  }
  return undefined;
}

/**
 * The location: 2023 public and 2016 pages have classes; 2024–2026 logged in,
 * it is the text in the same row as the "Contact info" link, before it.
 */
export function location(doc: Document, card = topCard(doc)): string | undefined {
  for (const selector of S.location) {
    const text = cleanText(visibleText(doc.querySelector(selector)), 200);
    if (text) return text;
  }
  const link = card?.querySelector('a[href*="/overlay/contact-info/"]');
  let row = link?.parentElement;
  while (row && row !== card && row.children.length < 2) row = row.parentElement;
  if (!row || row === card) return undefined;
  for (const child of Array.from(row.children)) {
    if (child.contains(link!)) break;
    const text = cleanText(visibleText(child), 200);
    if (text && !/^[·•|,-]$/.test(text)) return text;
  }
  return undefined;
}

/** The current company: the top card's labelled button (2024–2026), then 2023 public / 2016 links. */
export function company(doc: Document, card = topCard(doc)): string | undefined {
  for (const el of Array.from(card?.querySelectorAll('[aria-label]') ?? [])) {
    const match = S.currentCompanyLabel.exec(el.getAttribute('aria-label') ?? '');
    const text = cleanText(match?.[1], 200);
    if (text) return text;
  }
  for (const selector of S.company) {
    const text = cleanText(visibleText(doc.querySelector(selector)), 200);
    if (text) return text;
  }
  return undefined;
}

/**
 * The current position and company from the first entry of the Experience
 * section (2022–2026 logged in: the section holding `#experience`; each line
 * is an `aria-hidden` span doubled by a visually hidden one for screen
 * readers). Only an entry that is still current counts.
 */
export function currentRole(doc: Document): { position?: string; company?: string } {
  const section = doc.getElementById('experience')?.closest('section');
  const entry = section?.querySelector('li');
  if (!entry) return {};
  const lines = Array.from(entry.querySelectorAll('span[aria-hidden="true"]'))
    .map((el) => cleanText(visibleText(el), 200))
    .filter((t): t is string => !!t);
  if (!lines.some((l) => /present|aujourd|présent|heute|actualidad/i.test(l))) return {};
  return { position: lines[0], company: cleanText(lines[1]?.split(' · ')[0], 200) };
}

/**
 * The follower count shown on the page ("6K followers", "1 234 abonnés"), in
 * `main` only: the first short text that says "followers" with a number.
 */
export function followers(doc: Document): number | undefined {
  const scope = doc.querySelector('main') ?? doc.body;
  if (!scope) return undefined;
  // Walk text nodes only (4 = NodeFilter.SHOW_TEXT): cheap even on a long page.
  const walker = doc.createTreeWalker(scope, 4);
  for (let node = walker.nextNode(), seen = 0; node && seen < 5000; node = walker.nextNode(), seen++) {
    if (!S.followersText.test(node.nodeValue ?? '')) continue;
    // The number may sit in its own element next to the word: look one level up too.
    for (const el of [node.parentElement, node.parentElement?.parentElement]) {
      const text = cleanText(visibleText(el), 80);
      if (text && text.length <= 40 && /^[\d\s.,\u00a0\u202fkKmM+]+\s*\S+$/.test(text)) {
        const count = parseCount(text);
        if (count !== undefined) return count;
      }
    }
  }
  return undefined;
}

/** The profile photo in the top card (LinkedIn serves it from media.licdn.com). */
export function avatar(card: Element | undefined): string | undefined {
  return cleanHttpsUrl(card?.querySelector(S.avatar)?.getAttribute('src'));
}

/** Slugs named by the top card's self-links (contact info, activity, details). */
export function selfLinkSlugs(card: Element | undefined): string[] {
  const slugs: string[] = [];
  for (const a of Array.from(card?.querySelectorAll('a[href*="/in/"]') ?? []).slice(0, 50)) {
    const href = a.getAttribute('href') ?? '';
    if (!S.selfLink.test(href)) continue;
    const slug = linkedInSlug(new URL(href, 'https://www.linkedin.com'));
    if (slug) slugs.push(slug);
  }
  return slugs;
}
