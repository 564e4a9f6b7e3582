import type { ProfileRef } from '../../profiles/site';
import { linkedInProfileOf } from '../profile-cell';

/** Someone a file names: by LinkedIn profile when the file has a URL, always by name when it has one. */
export interface PersonRef {
  profile?: ProfileRef;
  name?: string;
  /** Only Recommendations carry it; it settles same-named contacts. */
  company?: string;
}

/** A LinkedIn profile from an archive's URL cell (any of its shapes, see `linkedInProfileOf`), or undefined. */
export function profileOfCell(cell: string): ProfileRef | undefined {
  const profile = linkedInProfileOf(cell);
  return typeof profile === 'object' ? profile : undefined;
}

/** A name as written, its spaces tidied; LinkedIn's placeholder for hidden senders is no one. */
export function nameOfCell(cell: string): string | undefined {
  const name = cell.normalize('NFC').replace(/\s+/g, ' ').trim();
  return name && name !== 'LinkedIn Member' ? name.slice(0, 200) : undefined;
}

/** Names compared the way the address book does: letter case ignored, accents not. */
export const NAME_COLLATOR = new Intl.Collator(undefined, { sensitivity: 'accent' });

/** The key under which same-named people are grouped before the collator settles them. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** One key per person reference (profile first), to group what files say about the same person. */
export function refKey(ref: PersonRef): string {
  return ref.profile ? ref.profile.key : `name:${nameKey(ref.name ?? '')}`;
}
