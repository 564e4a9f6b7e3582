import type { Contact } from '../schemas/contact';

/** Why two records look like one person. */
export type DuplicateReason = 'profile' | 'name-company';

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
 * of their profile keys is the same, or the same name at the same company.
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
    }
  }
  return out;
}
