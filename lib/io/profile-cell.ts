import { profileFromUrl } from '../profiles/detect';
import type { ProfileRef } from '../profiles/site';

/**
 * A LinkedIn profile as an exported file writes it in a cell: with or
 * without scheme (`www.linkedin.com/in/…` in endorsements), percent-encoded
 * or raw Unicode, trailing slash or not: one canonical key either way.
 * `'none'` for an empty cell or what LinkedIn writes instead of a URL
 * (`https://www.linkedin.com/in` with no slug, `urn:li:member:…`);
 * `'not-a-profile'` for a URL that names no LinkedIn member.
 */
export function linkedInProfileOf(cell: string): ProfileRef | 'none' | 'not-a-profile' {
  const text = cell.trim();
  if (!text || /^urn:li:/i.test(text) || /^(?:https?:\/\/)?(?:www\.)?linkedin\.com\/in\/?$/i.test(text))
    return 'none';
  const url = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`;
  const profile = profileFromUrl(url);
  return profile?.site === 'linkedin' ? profile : 'not-a-profile';
}
