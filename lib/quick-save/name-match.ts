import type { Contact } from '../schemas/contact';
import type { Site } from '../profiles/site';

/** A name compared without case, accents or extra spaces ("Camille Lefèvre" = "camille  lefevre"). */
export function comparableName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Contacts who could be the person on this profile: saved by name (often
 * after a quick note at an event) with the same name and no profile on this
 * site yet. The user confirms before anything is linked.
 */
export function nameMatches(candidates: readonly Contact[], name: string, site: Site): Contact[] {
  const wanted = comparableName(name);
  if (!wanted) return [];
  return candidates.filter(
    (c) => comparableName(c.name) === wanted && !c.profiles.some((p) => p.site === site),
  );
}
