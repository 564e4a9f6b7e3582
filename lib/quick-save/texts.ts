/**
 * Task titles a quick-save creates, in the user's language. They live here
 * rather than in `_locales` because they are stored with the task (the
 * routine lists and notifications show them as written).
 */
export type QuickSaveLanguage = 'en' | 'fr';

export const TASK_TITLES: Record<
  QuickSaveLanguage,
  {
    connect: (name: string) => string;
    promised: (name: string, what: string) => string;
    followUp: (name: string) => string;
    nextStep: (name: string, step: string) => string;
  }
> = {
  en: {
    connect: (name) => `Connect with ${name} on LinkedIn`,
    promised: (name, what) => `Send ${name} what you promised: ${what}`,
    followUp: (name) => `Send ${name} your follow-up message`,
    nextStep: (name, step) => `${name}: ${step}`,
  },
  fr: {
    connect: (name) => `Se connecter avec ${name} sur LinkedIn`,
    promised: (name, what) => `Envoyer à ${name} ce que vous avez promis\u00a0: ${what}`,
    followUp: (name) => `Envoyer votre message de relance à ${name}`,
    nextStep: (name, step) => `${name}\u00a0: ${step}`,
  },
};
