import type { Contact } from '../schemas/contact';

/** Why two records look like one person. */
export type DuplicateReason = 'profile' | 'name-company' | 'name-other-site';

/** The sites a contact has a profile on ("linkedin", "x"). */
function sitesOf(contact: Contact): Set<string> {
  return new Set(contact.profiles.map((p) => p.site));
}

/** Names compared without case, accents or extra spaces ("Inès  Benali" = "ines benali"). */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLocaleLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  return a !== undefined && b !== undefined && norm(a) !== '' && norm(a) === norm(b);
}

/**
 * The records among `others` that may be the same person as `contact`: one
 * of their profile keys is the same, the same name at the same company, or
 * the same name with profiles on different sites only (saved on LinkedIn,
 * then again on X: two people with one name rarely split that way).
 * Pure; the caller fetches candidates (by name index, by profile key).
 */
export function duplicateCandidates(
  contact: Contact,
  others: readonly Contact[],
): { contact: Contact; reason: DuplicateReason }[] {
  const keys = new Set(contact.profileKeys);
  const out: { contact: Contact; reason: DuplicateReason }[] = [];
  for (const other of others) {
    if (other.id === contact.id) continue;
    if (other.profileKeys.some((k) => keys.has(k))) out.push({ contact: other, reason: 'profile' });
    else if (sameText(other.name, contact.name) && sameText(other.company, contact.company)) {
      out.push({ contact: other, reason: 'name-company' });
    } else if (sameText(other.name, contact.name) && onOtherSites(contact, other)) {
      out.push({ contact: other, reason: 'name-other-site' });
    }
  }
  return out;
}

/** Both have profiles, and never on the same site: the same person seen on LinkedIn and on X. */
function onOtherSites(a: Contact, b: Contact): boolean {
  const sa = sitesOf(a);
  const sb = sitesOf(b);
  return sa.size > 0 && sb.size > 0 && ![...sa].some((site) => sb.has(site));
}
