import { cleanHttpsUrl, cleanText, cleanWebUrl } from './clean';
import { parseCount } from './count';
import type { FieldCollector } from './fields';
import type { Identity } from './identity';
import { firstString, followCount, hasType, imageUrl, jsonLdObjects, type JsonLd } from './json-ld';
import { visibleText } from './text';
import { X_OG_TITLE, X_TITLE, xSelectors as S } from './x-selectors';

const HANDLE_IN_TEXT = /@([A-Za-z0-9_]{1,15})\b/g;

/**
 * The `Person` of X's ProfilePage JSON-LD, in both of its shapes:
 * 2023–2024 `{ author: { givenName, additionalName, … } }` and 2025–2026
 * `{ mainEntity: { name, additionalName, sameAs, … } }`. A person whose
 * handle (`additionalName`) or `url` names someone else is ignored.
 */
function personOf(objects: readonly JsonLd[], handle: string): JsonLd | undefined {
  for (const obj of objects) {
    if (!hasType(obj, 'Person')) continue;
    const alias = firstString(obj.additionalName)?.replace(/^@/, '').toLowerCase();
    const url = firstString(obj.url);
    const fromUrl = url
      ? /^https:\/\/(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/?$/i.exec(url)?.[1]
      : undefined;
    const about = alias ?? fromUrl?.toLowerCase();
    if (about === undefined || about === handle) return obj;
  }
  return undefined;
}

/** X's link shortener: never the person's website, only a redirect to it. */
const SHORTENER = /^https?:\/\/t\.co\//i;

/** A website URL as the page gives it (`http:` or `https:`), never X itself or its t.co shortener. */
function websiteUrl(value: unknown): string | undefined {
  const url = cleanWebUrl(value);
  return url && !SHORTENER.test(url) && !/^https?:\/\/(?:www\.)?(?:x|twitter)\.com\//i.test(url)
    ? url
    : undefined;
}

/** The person's own website: `sameAs` (2025–2026) or the page's `relatedLink` (2023–2026, the t.co link and the real one). */
function websiteOf(objects: readonly JsonLd[], person: JsonLd): string | undefined {
  const page = objects.find((o) => hasType(o, 'ProfilePage'));
  const candidates = [person.sameAs, page?.relatedLink].flatMap((v) => (Array.isArray(v) ? v : [v]));
  for (const candidate of candidates) {
    const url = websiteUrl(candidate);
    if (url) return url;
  }
  return undefined;
}

/** The visible text of the profile header's `UserName` ("Jane Doe @janedoe"), '' when there is none. */
export function xHeaderText(doc: Document): string {
  return visibleText(doc.querySelector(S.userName)) ?? '';
}

/** The header's display name: what comes before "@handle" in its `UserName` text. */
function headerName(text: string, handle: string): string | undefined {
  if (!text) return undefined;
  const at = text.toLowerCase().lastIndexOf(`@${handle}`);
  return cleanText(at >= 0 ? text.slice(0, at) : undefined, 200);
}

/**
 * The website shown in the header: its text ("army.mod.uk"), the link's
 * expanded URL when X gives it (`title`, `data-expanded-url`), never the
 * t.co `href`; nothing when the text is cut ("…") and no expanded URL is there.
 */
function headerWebsite(doc: Document): string | undefined {
  const link = doc.querySelector(S.website);
  if (!link) return undefined;
  for (const attr of ['data-expanded-url', 'title']) {
    const url = websiteUrl(link.getAttribute(attr));
    if (url) return url;
  }
  const text = cleanText(visibleText(link), 300);
  if (!text || text.endsWith('…')) return undefined;
  return websiteUrl(/^https?:\/\//i.test(text) ? text : `https://${text}`);
}

function headerFollowers(doc: Document, handle: string): number | undefined {
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const [owner, tab, ...rest] = (a.getAttribute('href') ?? '').split('/').filter(Boolean);
    if (owner?.toLowerCase() !== handle || rest.length || !S.followerTabs.includes(tab as never)) continue;
    const count = parseCount(cleanText(visibleText(a), 80));
    if (count !== undefined) return count;
  }
  return undefined;
}

function headerAvatar(doc: Document, handle: string): string | undefined {
  for (const el of Array.from(doc.querySelectorAll(`[data-testid^="${S.avatarPrefix}"]`))) {
    const owner = el.getAttribute('data-testid')!.slice(S.avatarPrefix.length).toLowerCase();
    if (owner !== handle) continue;
    const url = cleanHttpsUrl(el.querySelector('img')?.getAttribute('src'));
    if (url?.startsWith('https://pbs.twimg.com/profile_images/')) return url;
  }
  return undefined;
}

function meta(doc: Document, property: string): string | undefined {
  return doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? undefined;
}

/**
 * Who the X page shows: "@handle" in the header and its avatar's test id; the
 * title's handle. `header` is `xHeaderText(doc)`, read once for this and `readX`.
 */
export function xIdentity(doc: Document, handle: string, header: string): Identity {
  const main: string[] = [];
  for (const m of header.matchAll(HANDLE_IN_TEXT)) main.push(m[1]!.toLowerCase());
  const title = X_TITLE.exec(doc.title);
  return {
    main: main.slice(0, 1),
    head: title?.[2] ? [title[2].toLowerCase()] : [],
    titleName: cleanText(title?.[1], 200),
    headingName: headerName(header, main[0] ?? handle),
  };
}

/**
 * Read an X profile into the collector, field by field, most stable strategy
 * first: JSON-LD, `document.title`, the header's `data-testid`s, meta tags.
 * The title counts only when it names the handle the URL names. `header`
 * is `xHeaderText(doc)`, as `xIdentity` had it.
 */
export function readX(doc: Document, handle: string, fields: FieldCollector, header: string): void {
  // Every JSON-LD block, parsed once for the person and their page.
  const objects = jsonLdObjects(doc, S.schema);
  const person = personOf(objects, handle);
  if (person) {
    fields.offer(
      'name',
      'json-ld',
      cleanText(firstString(person.name) ?? firstString(person.givenName), 200),
    );
    fields.offer('headline', 'json-ld', cleanText(firstString(person.description), 500));
    const home = person.homeLocation as JsonLd | undefined;
    fields.offer('location', 'json-ld', cleanText(firstString(home?.name), 200));
    fields.offer('avatarUrl', 'json-ld', cleanHttpsUrl(imageUrl(person)));
    fields.offer('website', 'json-ld', websiteOf(objects, person));
    fields.offer('followers', 'json-ld', followCount(person));
  }

  const title = X_TITLE.exec(doc.title);
  if (title?.[2]?.toLowerCase() === handle) fields.offer('name', 'title', cleanText(title[1], 200));

  fields.offer('name', 'structure', headerName(header, handle));
  fields.offer('headline', 'structure', cleanText(visibleText(doc.querySelector(S.bio)), 500));
  fields.offer('location', 'structure', cleanText(visibleText(doc.querySelector(S.location)), 200));
  fields.offer('website', 'structure', headerWebsite(doc));
  fields.offer('followers', 'structure', headerFollowers(doc, handle));
  fields.offer('avatarUrl', 'structure', headerAvatar(doc, handle));

  const ogTitle = X_OG_TITLE.exec(meta(doc, 'og:title') ?? '');
  if (ogTitle?.[2]?.toLowerCase() === handle) fields.offer('name', 'meta', cleanText(ogTitle[1], 200));
  fields.offer('avatarUrl', 'meta', cleanHttpsUrl(meta(doc, 'og:image')));
}
