import type { ReasonPart } from './types';

/**
 * Reason sentences in English and French. They live with the engine rather
 * than in `_locales` because both languages are built for every suggestion
 * (the panel can switch language without re-ranking) and because French needs
 * its own word order and plurals, which Chrome's `$1` messages cannot express.
 */
export type ReasonLanguage = 'en' | 'fr';

type Phrase = (p: ReasonPart) => string;

function duration(days: number, lang: ReasonLanguage): string {
  const unit = (n: number, en: string, fr: string, frPlural = `${fr}s`) =>
    lang === 'en' ? `${n} ${en}${n === 1 ? '' : 's'}` : `${n} ${n === 1 ? fr : frPlural}`;
  if (days < 14) return unit(Math.max(1, days), 'day', 'jour');
  if (days < 60) return unit(Math.floor(days / 7), 'week', 'semaine');
  if (days < 730) return unit(Math.floor(days / 30), 'month', 'mois', 'mois');
  return unit(Math.floor(days / 365), 'year', 'an');
}

const EN: Record<ReasonPart['code'], Phrase> = {
  interest: (p) => `Fits their interest in ${p.label}`,
  project: (p) => `Could help with their project “${p.label}”`,
  topic: (p) => `Follows up on your talk about ${p.label}`,
  'they-need': (p) => `They need ${p.label}, which ${p.name} offers`,
  'they-offer': (p) => `They offer ${p.label}, which ${p.name} is looking for`,
  'has-project': (p) => `They are working on “${p.label}”`,
  stuck: (p) => (p.label ? `They said they were stuck on ${p.label}` : 'They said they were stuck'),
  opportunity: (p) => `“${p.label}”, which you passed on, fits them (${p.name})`,
  news: (p) => `New on their profile: ${p.label}`,
  success: (p) => (p.label ? `A success to celebrate: ${p.label}` : 'They had a success recently'),
  challenge: (p) => (p.label ? `They are facing a challenge: ${p.label}` : 'They are facing a challenge'),
  'last-gave': (p) =>
    p.n ? `you last gave them something ${duration(p.n, 'en')} ago` : 'you already gave them something today',
  'never-gave': () => 'you have never given them anything yet',
  owe: () => 'they gave you more than you gave back',
  due: (p) => `you haven't been in touch for ${duration(p.n ?? 0, 'en')}`,
};

const NBSP = '\u00a0';
const FR: Record<ReasonPart['code'], Phrase> = {
  interest: (p) => `Correspond à son intérêt pour ${p.label}`,
  project: (p) => `Pourrait servir à son projet «${NBSP}${p.label}${NBSP}»`,
  topic: (p) => `Prolonge votre échange sur ${p.label}`,
  'they-need': (p) => `Cherche ${p.label}, ce que propose ${p.name}`,
  'they-offer': (p) => `Propose ${p.label}, ce que cherche ${p.name}`,
  'has-project': (p) => `Travaille sur «${NBSP}${p.label}${NBSP}»`,
  stuck: (p) => (p.label ? `A dit bloquer sur ${p.label}` : 'A dit être bloqué·e'),
  opportunity: (p) => `«${NBSP}${p.label}${NBSP}», que vous avez laissé passer, lui correspond (${p.name})`,
  news: (p) => `Nouveau sur son profil${NBSP}: ${p.label}`,
  success: (p) => (p.label ? `Un succès à fêter${NBSP}: ${p.label}` : 'A connu un succès récemment'),
  challenge: (p) =>
    p.label ? `Fait face à une difficulté${NBSP}: ${p.label}` : 'Fait face à une difficulté',
  'last-gave': (p) =>
    p.n
      ? `votre dernier coup de main remonte à ${duration(p.n, 'fr')}`
      : 'vous lui avez déjà donné un coup de main aujourd’hui',
  'never-gave': () => 'vous ne lui avez encore rien donné',
  owe: () => 'cette personne vous a donné plus que vous ne lui avez rendu',
  due: (p) => `pas de nouvelles depuis ${duration(p.n ?? 0, 'fr')}`,
};

/** One sentence from the parts: the first says why it fits, the next why now. */
export function reasonText(parts: readonly ReasonPart[], lang: ReasonLanguage): string {
  const table = lang === 'fr' ? FR : EN;
  const text = parts.map((p) => table[p.code](p)).join('; ');
  return text ? `${text}.` : '';
}
