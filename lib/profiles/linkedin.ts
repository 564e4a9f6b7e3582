import { cleanHttpsUrl, cleanText } from './clean';
import { linkedInSlug } from './detect';
import type { FieldCollector } from './fields';
import { jobFromHeadline } from './headline-job';
import { namesAgree, sameName, type Identity } from './identity';
import { firstString, followCount, hasType, imageUrl, jsonLdObjects, nodes, type JsonLd } from './json-ld';
import { LINKEDIN_TITLE } from './linkedin-selectors';
import * as structure from './linkedin-structure';
import { isShown } from './text';
import { saysAny } from './words';

/** LinkedIn's placeholder ("ghost") pictures live under static.licdn.com/aero-v1/sc/h/: not a photo of anyone. */
function photoUrl(value: string | undefined): string | undefined {
  const url = cleanHttpsUrl(value);
  return url && !/^https:\/\/static\.licdn\.com\//.test(url) ? url : undefined;
}

/**
 * The JSON-LD `Person` this page is about (2023-04 public pages; 2026 public
 * pages keep the shape). A Person whose `url` names someone else is ignored:
 * after in-app navigation the previous person's block can stay in `<head>`.
 */
function personOf(doc: Document, slug: string): JsonLd | undefined {
  let anonymous: JsonLd | undefined;
  for (const obj of jsonLdObjects(doc)) {
    if (!hasType(obj, 'Person')) continue;
    const url = firstString(obj.url) ?? firstString(obj.sameAs);
    const about = url ? linkedInSlug(url) : undefined;
    if (about === slug) return obj;
    if (url === undefined) anonymous ??= obj;
  }
  return anonymous;
}

/**
 * The current job from JSON-LD: the first `worksFor` without an end date
 * whose name is not masked ("**********" hides past employers on 2026
 * public pages), with the `jobTitle` at the same position when the lists line up.
 */
function currentJob(person: JsonLd): { company?: string; position?: string } {
  const orgs = nodes(person.worksFor);
  const titles = Array.isArray(person.jobTitle) ? person.jobTitle : [person.jobTitle];
  const index = orgs.findIndex((o) => {
    const member = nodes(o.member)[0];
    return !member?.endDate && !/^\*+$/.test(firstString(o.name)?.trim() ?? '*');
  });
  const title = titles.length === orgs.length && index >= 0 ? titles[index] : titles[0];
  return {
    company: index >= 0 ? cleanText(firstString(orgs[index]?.name), 200) : undefined,
    position: cleanText(firstString(title), 200),
  };
}

/** `document.title` split into its " - " parts (see LINKEDIN_TITLE for the formats). */
function titleParts(title: string): string[] {
  const match = LINKEDIN_TITLE.exec(title);
  if (!match?.[1]) return [];
  return match[1]
    .split(/\s+-\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function meta(doc: Document, property: string): string | undefined {
  return (
    doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ??
    doc.querySelector(`meta[name="${property}"]`)?.getAttribute('content') ??
    undefined
  );
}

/**
 * Who the LinkedIn page shows: top-card self-links, canonical URL, and the
 * two places the name appears. `card` is `topCard(doc)` (linkedin-structure.ts).
 */
export function linkedInIdentity(doc: Document, card: Element | undefined): Identity {
  const head: string[] = [];
  for (const href of [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    meta(doc, 'og:url'),
  ]) {
    const slug = href ? linkedInSlug(href) : undefined;
    if (slug) head.push(slug);
  }
  return {
    main: structure.selfLinkSlugs(card),
    head,
    titleName: cleanText(titleParts(doc.title)[0], 200),
    headingName: structure.headingName(doc, card),
  };
}

/**
 * Read a LinkedIn profile into the collector, field by field, most stable
 * strategy first: JSON-LD, `document.title`, the page's structure, meta tags.
 * `identity` and `card` are what `linkedInIdentity` found, reused rather than
 * looked up again. When the title names someone other than the heading
 * (mid-navigation), the title is not used.
 */
export function readLinkedIn(
  doc: Document,
  slug: string,
  fields: FieldCollector,
  identity: Identity,
  card: Element | undefined,
): void {
  const person = personOf(doc, slug);
  if (person) {
    const given = [firstString(person.givenName), firstString(person.familyName)].filter(Boolean).join(' ');
    fields.offer('name', 'json-ld', cleanText(firstString(person.name) ?? given, 200));
    const job = currentJob(person);
    fields.offer('company', 'json-ld', job.company);
    fields.offer('position', 'json-ld', job.position);
    const address = nodes(person.address)[0];
    fields.offer('location', 'json-ld', cleanText(firstString(address?.addressLocality), 200));
    fields.offer('avatarUrl', 'json-ld', photoUrl(imageUrl(person)));
    fields.offer('followers', 'json-ld', followCount(person));
  }

  if (namesAgree(identity)) {
    const parts = titleParts(doc.title);
    fields.offer('name', 'title', cleanText(parts[0], 200));
    // The public page's title carries the job title and the company, not the headline.
    fields.offer('position', 'title', cleanText(parts[1], 200));
    fields.offer('company', 'title', cleanText(parts.slice(2).join(' - '), 200));
  }

  fields.offer('name', 'structure', identity.headingName);
  fields.offer('headline', 'structure', structure.headline(doc, card));
  fields.offer('company', 'structure', structure.company(doc, card));
  const role = structure.currentRole(doc);
  fields.offer('position', 'structure', role.position);
  fields.offer('company', 'structure', role.company);
  fields.offer('location', 'structure', structure.location(doc, card));
  fields.offer('avatarUrl', 'structure', structure.avatar(card));
  fields.offer('followers', 'structure', structure.followers(doc));

  // "Compiler engineer at Spotify": only when unambiguous, and never against a company the page names.
  const job = jobFromHeadline(fields.values.headline);
  const { company, position } = fields.values;
  if (job && (!company || sameName(company, job.company)) && !position) {
    fields.offer('company', 'headline', job.company);
    fields.offer('position', 'headline', job.position);
  }

  const first = meta(doc, 'profile:first_name');
  const last = meta(doc, 'profile:last_name');
  fields.offer('name', 'meta', cleanText([first, last].filter(Boolean).join(' '), 200));
  fields.offer('avatarUrl', 'meta', photoUrl(meta(doc, 'og:image')));
}

/**
 * Why this LinkedIn page is nobody's profile, or undefined when it shows a
 * person: the member's own profile in edit mode (URL `/edit/`, an edit
 * title, or the title naming an open dialog rather than the person), a page
 * whose heading is a notice (not found, unavailable, sign in), or a page
 * with no sign of a person at all (no self-link, no JSON-LD Person, no
 * canonical URL, no profile meta, title and heading not naming the same
 * one). Such a page gives "could not read this page", never a contact.
 */
export function linkedInNotAPerson(
  doc: Document,
  url: string,
  slug: string,
  identity: Identity,
): string | undefined {
  const title = cleanText(titleParts(doc.title)[0] ?? doc.title, 200) ?? '';
  if (/\/in\/[^/]+\/edit(?:\/|$)/.test(new URL(url).pathname) || saysAny('editTitle', title)) {
    return 'the profile is in edit mode';
  }
  const { headingName, titleName } = identity;
  // Nothing to read yet (a page still loading): that is "unreadable", not a verdict.
  if (!headingName && !titleName) return undefined;
  if (headingName && saysAny('notice', headingName)) return `the page says "${headingName}"`;
  if (!headingName && titleName && saysAny('notice', titleName)) return `the page says "${titleName}"`;
  const strong =
    identity.main.includes(slug) ||
    identity.head.includes(slug) ||
    personOf(doc, slug) !== undefined ||
    !!meta(doc, 'profile:first_name');
  // A password field on the page itself (not in a closed dialog) and no sign of the person: a sign-in wall.
  if (!strong && shownPasswordField(doc)) return 'a sign-in wall';
  // The person's own page, its title naming something else, a modal open: an edit form or overlay, in any language.
  if (strong && titleName && !namesAgree(identity) && openModal(doc))
    return 'the title names a dialog, not the person';
  // Title and heading naming two people is a page changing person (in-app navigation): the gate's call, not ours.
  if (headingName && titleName && !namesAgree(identity)) return undefined;
  const evidence = strong || (!!headingName && !!titleName && sameName(headingName, titleName));
  return evidence ? undefined : 'no profile on the page';
}

function shownPasswordField(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('input[type="password"]')).some((input) => isShown(input));
}

/** A modal dialog on screen (not inside a hidden or aria-hidden overlay, as LinkedIn's closed sign-in modals are). */
function openModal(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('[aria-modal="true"], dialog[open]')).some(
    (d) => !d.closest('[hidden], [aria-hidden="true"]'),
  );
}
