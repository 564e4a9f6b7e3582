/**
 * The placeholders a template may use. Each has a label in both languages for
 * the inline field the user fills when Guild has no value for it. `personal`
 * ones are the person's own details: the copy-paste-spam check blanks them out,
 * so "the same text with only the name changed" counts as the same text.
 */
export interface PlaceholderInfo {
  label: { en: string; fr: string };
  personal?: boolean;
}

export const PLACEHOLDERS = {
  firstName: { label: { en: 'Their first name', fr: 'Son prénom' }, personal: true },
  fullName: { label: { en: 'Their full name', fr: 'Son nom complet' }, personal: true },
  company: { label: { en: 'Their company', fr: 'Son entreprise' }, personal: true },
  topic: { label: { en: 'Topic you discussed', fr: 'Sujet dont vous avez parlé' } },
  event: { label: { en: 'Event', fr: 'Événement' } },
  /** Where you met, with its preposition ("at Paris.js", "au DevFest"): see `metAtPhrase`. */
  metAt: { label: { en: 'Where you met', fr: 'Où vous vous êtes rencontrés' } },
  nextStep: { label: { en: 'The next step', fr: 'La prochaine étape' } },
  promised: { label: { en: 'What you promised', fr: 'Ce que vous avez promis' } },
  project: { label: { en: 'Their project', fr: 'Son projet' } },
  myProject: { label: { en: 'Your project', fr: 'Votre projet' } },
  challenge: { label: { en: 'The problem or challenge', fr: 'Le problème ou la difficulté' } },
  question: { label: { en: 'Your question', fr: 'Votre question' } },
  news: { label: { en: 'Their news', fr: 'Sa nouvelle' } },
  resourceTitle: { label: { en: 'Resource title', fr: 'Titre de la ressource' } },
  resourceUrl: { label: { en: 'Resource link', fr: 'Lien de la ressource' } },
  /** The resource's own note: why it is worth sharing. */
  resourceNote: { label: { en: 'Why it’s worth reading', fr: 'Pourquoi ça vaut le coup' } },
  opportunity: { label: { en: 'The opportunity', fr: 'L’opportunité' } },
  otherName: { label: { en: 'The other person’s name', fr: 'Nom de l’autre personne' }, personal: true },
  otherFirstName: {
    label: { en: 'The other person’s first name', fr: 'Prénom de l’autre personne' },
    personal: true,
  },
  introReason: { label: { en: 'Why they should meet', fr: 'Pourquoi se rencontrer' } },
  myName: { label: { en: 'Your name', fr: 'Votre nom' } },
} as const satisfies Record<string, PlaceholderInfo>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** Values to fill a template with; an empty or blank value counts as missing. */
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** The label of a placeholder's inline field. */
export function placeholderLabel(name: PlaceholderName, language: 'en' | 'fr'): string {
  return PLACEHOLDERS[name].label[language];
}
