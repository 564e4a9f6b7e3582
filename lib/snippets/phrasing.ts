/**
 * Small grammar for values typed in a hurry, so that a message reads as a
 * person wrote it: "at Paris.js" but "at the meetup", "au DevFest" for
 * "le DevFest", "your Vite plugin" for "Vite plugin". Names are kept as
 * written (an event called "the DevFest" stays "the DevFest"). When a phrase
 * is not recognised, the fallback is a construction that is correct whatever
 * the words are, never a guessed article or gender.
 */
export type PhraseLanguage = 'en' | 'fr';

/** Leading words that already carry their own preposition. */
const EN_PREPOSITION = /^(at|in|on|during|after|before|over|via|by|through|from)\s/i;
const EN_ARTICLE = /^(the|a|an)\s/i;
/** Generic contexts that take another preposition than "at". */
const EN_ON = /^(video call|call|phone call|zoom|google meet|teams call|stream|livestream|podcast)$/i;
const EN_OVER = /^(coffee|lunch|dinner|drinks|breakfast|a coffee|a drink)$/i;

const FR_PREPOSITION = /^(à|au|aux|lors|pendant|en|sur|chez|dans|après|avant|par|via|autour)\s/i;
/** French contexts whose gender we know (what people type in "where"). */
const FR_MASCULINE = new Set([
  'meetup',
  'salon',
  'café',
  'déjeuner',
  'dîner',
  'appel',
  'hackathon',
  'forum',
  'talk',
  'stand',
  'couloir',
  'bureau',
  'coworking',
  'séminaire',
  'workshop',
  'barcamp',
  'live',
  'podcast',
  'webinaire',
  'webinar',
  'petit-déjeuner',
  'apéro',
  'afterwork',
  'atelier',
  'événement',
  'évènement',
]);
const FR_FEMININE = new Set([
  'conférence',
  'soirée',
  'visio',
  'réunion',
  'formation',
  'école',
  'fac',
  'keynote',
]);

/** Small words a name may hold in lower case ("Festival of Code", "Nuit de l'Info"). */
const NAME_LINKS = new Set([
  'of',
  'and',
  'the',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'et',
  '&',
  '-',
  'x',
  'à',
]);
/**
 * A proper name, kept as written: every word capitalised (or a number),
 * apart from small linking words: "Paris.js", "DevFest Nantes", "React Paris 2026".
 * "Vite plugin" is not one: it is a common noun phrase that wants an article.
 */
const isProperName = (s: string) =>
  s
    .split(/\s+/)
    .every(
      (word, i) =>
        /^[\p{Lu}\d@#]/u.test(word) ||
        (i > 0 && NAME_LINKS.has(word.toLowerCase())) ||
        /^l['’]\p{Lu}/u.test(word),
    );
const startsWithVowel = (s: string) => /^[aeiouyéèêàâîïôûh]/i.test(s);

/**
 * "where you met", ready to follow "Great to have met you": "at Paris.js",
 * "at the meetup", "on the video call", "over coffee"; in French "à Paris.js",
 * "au DevFest" (for "le DevFest"), "à la conférence", "à l'afterwork".
 */
export function metAtPhrase(where: string, language: PhraseLanguage): string {
  const w = where.trim().replace(/[.!;,]+$/, '');
  if (!w) return '';
  return language === 'fr' ? metAtFr(w) : metAtEn(w);
}

function metAtEn(w: string): string {
  if (EN_PREPOSITION.test(w)) return w;
  if (EN_OVER.test(w)) return `over ${w}`;
  if (EN_ON.test(w)) return `on the ${w}`;
  if (EN_ARTICLE.test(w) || isProperName(w)) return `at ${w}`;
  return `at the ${w}`;
}

function metAtFr(w: string): string {
  if (FR_PREPOSITION.test(w)) return w;
  const article = /^(le|la|les|l['’])\s*/i.exec(w);
  if (article) {
    const rest = w.slice(article[0].length);
    const a = article[1]!.toLowerCase();
    if (a === 'le') return `au ${rest}`;
    if (a === 'les') return `aux ${rest}`;
    return `à ${w}`;
  }
  if (/^(un|une)\s/i.test(w) || isProperName(w)) return `à ${w}`;
  const head = w.split(/\s+/)[0]!.toLowerCase();
  if (FR_MASCULINE.has(head)) return startsWithVowel(head) ? `à l’${w}` : `au ${w}`;
  if (FR_FEMININE.has(head)) return startsWithVowel(head) ? `à l’${w}` : `à la ${w}`;
  // Unknown word, unknown gender: say where without guessing an article.
  return `(${w})`;
}

const EN_DETERMINER = /^(the|a|an|this|that|some)\s/i;
const EN_POSSESSIVE = /^(their|his|her|its)\s/i;
const FR_DETERMINER = /^(le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|ton|ta|tes)\s*/i;
const FR_POSSESSIVE: Record<string, string> = { son: 'ton', sa: 'ta', ses: 'tes', leur: 'ton', leurs: 'tes' };

/**
 * Their project as said to them: "Vite plugin" → "your Vite plugin", "their
 * app" → "your app", a name ("Guild") as written; in French "plugin Vite" →
 * "ton plugin Vite", "son appli" → "ton appli".
 */
export function projectPhrase(project: string, language: PhraseLanguage): string {
  const p = clause(project);
  if (!p) return '';
  if (language === 'fr') {
    const possessive = /^(son|sa|ses|leur|leurs)\s/i.exec(p);
    if (possessive) return `${FR_POSSESSIVE[possessive[1]!.toLowerCase()]} ${p.slice(possessive[0].length)}`;
    if (FR_DETERMINER.test(p) || isProperName(p)) return p;
    // "ton" before a vowel too ("ton appli"): French uses the masculine possessive there.
    return `ton ${p}`;
  }
  if (EN_POSSESSIVE.test(p)) return p.replace(EN_POSSESSIVE, 'your ');
  if (/^(your|my|our)\s/i.test(p) || EN_DETERMINER.test(p) || isProperName(p)) return p;
  return `your ${p}`;
}

/** A typed value used inside a sentence: trimmed, without the full stop the sentence adds itself. */
export function clause(value: string): string {
  return value.trim().replace(/[\s.;,]+$/, '');
}
