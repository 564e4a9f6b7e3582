import { cleanHttpsUrl, cleanText } from './clean';
import { parseCount } from './count';
import { linkedInSlug } from './detect';
import { linkedInSelectors as S } from './linkedin-selectors';
import { isShown, visibleText } from './text';
import { saysAny } from './words';

/**
 * Reading LinkedIn's visible page by structure. The 2026 logged-in app hashes
 * its class names, so these functions anchor on elements (`main`, `section`,
 * `h1`, an `h2` inside a link to the profile, `li`), aria-labels, ids that
 * name sections, and hrefs. Text inside dialogs and hidden elements is never
 * read (text.ts).
 */

/** The page's main content: `main`, else the body. */
function mainOf(doc: Document): Element | undefined {
  return doc.querySelector('main') ?? doc.body ?? undefined;
}

/**
 * The name heading: the first shown `h1` of `main` (2016–2024) or `h2` inside
 * a link to a profile (2026 logged in), whichever comes first.
 */
export function nameHeading(doc: Document): Element | undefined {
  const main = mainOf(doc);
  for (const el of Array.from(main?.querySelectorAll(S.nameAnchors.join(', ')) ?? []).slice(0, 200)) {
    if (isShown(el) && cleanText(visibleText(el))) return el;
  }
  return undefined;
}

/** The top card: the section of `main` that holds the name heading. */
export function topCard(doc: Document): Element | undefined {
  const heading = nameHeading(doc);
  return heading?.closest('section') ?? heading?.parentElement ?? undefined;
}

/** The person's name: the top card's heading, then the older class-named headings. */
export function headingName(doc: Document, card = topCard(doc)): string | undefined {
  const heading = nameHeading(doc);
  if (heading && card?.contains(heading)) return cleanText(visibleText(heading), 200);
  for (const selector of S.name) {
    const el = (card ?? doc).querySelector(selector);
    const text = isShown(el) ? cleanText(visibleText(el), 200) : undefined;
    if (text) return text;
  }
  return undefined;
}

/** Pronouns shown beside the name ("(She/Her)", "il/lui"), never a headline. */
const PRONOUNS = /^\(?[\p{L}]{1,6}\/[\p{L}]{1,6}\)?$/u;

/** Text beside the name that is not about the person: pronouns, badges, lone symbols (✓, ·). */
function isDecoration(text: string): boolean {
  return PRONOUNS.test(text) || saysAny('badge', text) || !/[\p{L}\p{N}]/u.test(text);
}

/**
 * The lines of the top card after the name, in document order, until the
 * row of the contact-info link: walking up from the name heading, each
 * following sibling's text (pronouns and badges skipped). 2024–2026 logged in.
 */
function linesAfterName(card: Element): { lines: Element[]; contactRow?: Element } {
  const lines: Element[] = [];
  const heading = nameHeading(card.ownerDocument);
  if (!heading || !card.contains(heading)) return { lines };
  for (let node: Element | null = heading; node && node !== card; node = node.parentElement) {
    for (let sib = node.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (sib.querySelector(S.contactInfo)) return { lines, contactRow: sib };
      if (!isShown(sib)) continue;
      const text = cleanText(visibleText(sib), 500);
      if (text && !isDecoration(text)) lines.push(sib);
      if (lines.length >= 4) return { lines };
    }
  }
  return { lines };
}

/** The first shown element for any of `selectors`, as clean text. */
function firstText(root: ParentNode, selectors: readonly string[], max: number): string | undefined {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    const text = isShown(el) ? cleanText(visibleText(el), max) : undefined;
    if (text) return text;
  }
  return undefined;
}

/**
 * The headline: 2016–2024 public and 2018 pages have classes; 2024–2026
 * logged in, the element marked `data-generated-suggestion-target` in the
 * top card, else the first line after the name (badges and pronouns skipped).
 */
export function headline(doc: Document, card = topCard(doc)): string | undefined {
  const classed = firstText(doc, S.headline, 500);
  if (classed) return classed;
  if (!card) return undefined;
  const marked = card.querySelector('[data-generated-suggestion-target]');
  const text = isShown(marked) ? cleanText(visibleText(marked), 500) : undefined;
  if (text) return text;
  const first = linesAfterName(card).lines[0];
  return first ? cleanText(visibleText(first), 500) : undefined;
}

/**
 * The location: older pages have classes; 2024–2026 logged in, it is the
 * text in the same row as the "Contact info" link, before it.
 */
export function location(doc: Document, card = topCard(doc)): string | undefined {
  const classed = firstText(doc, S.location, 200);
  if (classed) return classed;
  const link = card?.querySelector(S.contactInfo);
  let row = link?.parentElement;
  while (row && row !== card && row.children.length < 2) row = row.parentElement;
  if (!link || !row || row === card) return undefined;
  for (const child of Array.from(row.children)) {
    if (child.contains(link)) break;
    const text = isShown(child) ? cleanText(visibleText(child), 200) : undefined;
    if (text && !/^[·•|,-]$/.test(text)) return text;
  }
  return undefined;
}

/**
 * 2026 logged in: the "Company · School" line, the second line after the
 * name. Its first part is the company only when the card also shows it on
 * its own (the logo buttons beside the name, one per part): structure, not
 * a guess. A lone part that the page links as a school is not a company.
 */
function companyLine(doc: Document, card: Element): string | undefined {
  const { lines } = linesAfterName(card);
  const line = lines[1];
  if (!line || lines.length > 2) return undefined;
  const parts = (cleanText(visibleText(line), 400) ?? '').split(/\s+·\s+/);
  const first = cleanText(parts[0], 200);
  if (!first || parts.length > 2) return undefined;
  const shownApart = Array.from(card.querySelectorAll('[role="button"] p, button p, a p')).some(
    (el) => !line.contains(el) && cleanText(visibleText(el), 200) === first,
  );
  if (!shownApart) return undefined;
  const school = Array.from(doc.querySelectorAll('a[href*="/school/"]')).some(
    (a) => cleanText(visibleText(a), 200) === first,
  );
  return school && parts.length === 1 ? undefined : first;
}

/** The current company: the top card's labelled button (2024), classes (older pages), the 2026 company line. */
export function company(doc: Document, card = topCard(doc)): string | undefined {
  for (const el of Array.from(card?.querySelectorAll('[aria-label]') ?? [])) {
    const match = S.currentCompanyLabel.exec(el.getAttribute('aria-label') ?? '');
    const text = cleanText(match?.[1], 200);
    if (text) return text;
  }
  return firstText(doc, S.company, 200) ?? (card ? companyLine(doc, card) : undefined);
}

type Layout = (typeof S.experience)[number];

function textOf(el: Element | null | undefined, max = 200): string | undefined {
  return isShown(el) ? cleanText(visibleText(el), max) : undefined;
}

/** 2024: an entry's lines; the date line says "Present"; one company with several roles nests them. */
function roleFromLines(entry: Element, selector: string): { position?: string; company?: string } {
  const spans = Array.from(entry.querySelectorAll(selector)).filter((el) => isShown(el));
  const dateSpan = spans.find((el) => saysAny('present', textOf(el) ?? ''));
  if (!dateSpan) return {};
  const role = dateSpan.closest('li');
  const lineOf = (scope: Element) =>
    spans
      .filter((el) => scope.contains(el))
      .map((el) => textOf(el))
      .filter((t): t is string => !!t);
  if (role && role !== entry && entry.contains(role)) {
    // Several roles at one company: the entry names the company, the role its position.
    return { position: lineOf(role)[0], company: lineOf(entry)[0] };
  }
  const lines = lineOf(entry);
  const dateIndex = lines.indexOf(textOf(dateSpan) ?? '');
  return {
    position: dateIndex > 0 ? lines[0] : undefined,
    company: dateIndex > 1 ? cleanText(lines[1]?.split(' · ')[0], 200) : undefined,
  };
}

function roleFromClasses(entry: Element, layout: Layout): { position?: string; company?: string } {
  if (!('dates' in layout)) return {};
  if (!saysAny('present', textOf(entry.querySelector(layout.dates)) ?? '')) return {};
  // 2018, several roles at one company: the markup differs and no page shows it; empty beats wrong.
  if ('grouped' in layout && entry.querySelector(layout.grouped)) return {};
  return {
    position: textOf(entry.querySelector(layout.title)),
    company: textOf(entry.querySelector(layout.company)),
  };
}

/**
 * The current position and company from the Experience section: the first
 * entry that is still current, in the layout the page has.
 */
export function currentRole(doc: Document): { position?: string; company?: string } {
  for (const layout of S.experience) {
    const marker = doc.querySelector(layout.section);
    const section = marker?.closest('section') ?? marker;
    if (!section || !isShown(section)) continue;
    const entries = Array.from(section.querySelectorAll(layout.entry))
      .filter(
        (li) =>
          !li.parentElement?.closest(layout.entry) ||
          !section.contains(li.parentElement.closest(layout.entry)),
      )
      .slice(0, 30);
    for (const entry of entries) {
      const role = 'lines' in layout ? roleFromLines(entry, layout.lines) : roleFromClasses(entry, layout);
      if (role.position || role.company) return role;
    }
  }
  return {};
}

/** Links to pages of others: companies, schools, members, groups, newsletters, events, posts. */
const OTHER_ENTITY = /\/(?:company|school|showcase|groups|newsletters|events|posts|feed\/update|in)\//;

/**
 * Is this text about someone or something else than the person? Inside a
 * list item (Interests, "People also viewed", pages to follow), a link to
 * another page's entity, or an aside (ads, suggestions).
 */
function aboutSomethingElse(node: Node, scope: Element): boolean {
  for (let el = node.parentElement; el && el !== scope; el = el.parentElement) {
    if (el.tagName === 'LI' || el.tagName === 'ASIDE' || el.tagName === 'IFRAME') return true;
    if (el.tagName === 'A' && OTHER_ENTITY.test(el.getAttribute('href') ?? '')) return true;
  }
  return false;
}

/**
 * The person's follower count ("6K followers", "1 234 abonnés"), in `main`
 * only, outside lists, links and asides (the Interests section lists
 * companies with theirs), never in a dialog or a hidden element.
 */
export function followers(doc: Document): number | undefined {
  const scope = mainOf(doc);
  if (!scope) return undefined;
  // Walk text nodes only (4 = NodeFilter.SHOW_TEXT): cheap even on a long page.
  const walker = doc.createTreeWalker(scope, 4);
  for (let node = walker.nextNode(), seen = 0; node && seen < 5000; node = walker.nextNode(), seen++) {
    if (!S.followersText.test(node.nodeValue ?? '')) continue;
    if (aboutSomethingElse(node, scope) || !isShown(node.parentElement)) continue;
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

/**
 * Slugs named by the top card's self-links (contact info, activity,
 * details) and, 2026, by the link wrapping the name heading.
 */
export function selfLinkSlugs(card: Element | undefined): string[] {
  const slugs: string[] = [];
  const heading = card ? nameHeading(card.ownerDocument) : undefined;
  const nameLink = heading && card?.contains(heading) ? heading.closest('a[href*="/in/"]') : null;
  for (const a of Array.from(card?.querySelectorAll('a[href*="/in/"]') ?? []).slice(0, 50)) {
    const href = a.getAttribute('href') ?? '';
    if (a !== nameLink && !S.selfLink.test(href)) continue;
    const slug = linkedInSlug(new URL(href, 'https://www.linkedin.com'));
    if (slug) slugs.push(slug);
  }
  return slugs;
}
