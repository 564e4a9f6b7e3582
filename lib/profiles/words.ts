/**
 * The few places where the reader needs the page's words, one small table
 * per language (English, French, then German and Spanish where seen). Every
 * other rule is structural (links to the profile's own slug, roles, aria,
 * document order in the top card). Seen on LinkedIn 2016–2026.
 */
interface Words {
  /** A degree or membership badge beside the name: never a headline ("1st degree connection1st", "· 2nd", "3e et +"). */
  badge: RegExp;
  /** The date of a role still held ("Aug 2018 – Present"). */
  present: RegExp;
  /** "<position> at <company>" in a headline. */
  at: RegExp;
  /** The page title of the member's own profile in edit mode. */
  editTitle: RegExp;
  /** Notices of a page that is nobody's profile (not found, unavailable, sign-in wall). */
  notice: RegExp;
}

const EN: Words = {
  badge:
    /^(?:[·•]\s*)?(?:(?:1st|2nd|3rd\+?)(?:\s*degree connection\s*(?:1st|2nd|3rd\+?)?)?|Premium|Verified|Open to work|Hiring)$/i,
  present: /\bpresent\b/i,
  at: /\s+(?:at|@)\s+/i,
  editTitle: /^Edit (?:profile|intro)$/i,
  notice:
    /\b(?:page (?:not found|doesn[’']t exist)|profile (?:is )?(?:not (?:found|available)|unavailable)|sign in to view|join linkedin|sign in)\b/i,
};

const FR: Words = {
  badge:
    /^(?:[·•]\s*)?(?:(?:1er|2e|3e(?: et \+)?)|Relation de (?:1er|2e|3e) niveau\s*(?:1er|2e|3e(?: et \+)?)?|Premium|Vérifié|En recherche active|Recrute)$/i,
  present: /\b(?:aujourd[’']hui|présent)\b/i,
  at: /\s+(?:chez|@)\s+/i,
  editTitle: /^Modifier (?:le profil|l[’']intro(?:duction)?)$/i,
  notice:
    /(?:page (?:introuvable|n[’']existe pas)|profil (?:introuvable|(?:n[’']est )?(?:pas )?disponible|indisponible)|connectez-vous pour voir|s[’']identifier|rejoindre linkedin)/i,
};

const DE_ES: Words = {
  badge: /^(?:[·•]\s*)?(?:1\.|2\.|3\.\+?|1er|2º|3º\+?)$/i,
  present: /\b(?:heute|actualidad|hoy)\b/i,
  at: /\s+bei\s+/i,
  editTitle: /^(?:Profil bearbeiten|Editar perfil)$/i,
  notice: /(?:seite nicht gefunden|profil nicht verfügbar|página no encontrada|perfil no disponible)/i,
};

export const WORDS: readonly Words[] = [EN, FR, DE_ES];

/** True when any language's pattern of this kind matches. */
export function saysAny(kind: keyof Words, text: string): boolean {
  return WORDS.some((w) => w[kind].test(text));
}
