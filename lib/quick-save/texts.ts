import type { Task, TaskAbout } from '../schemas/task';

/**
 * Task titles a quick-save creates, in each language. A task stores what it
 * is about (`TaskAbout`), and is titled in the UI language when shown
 * (`taskTitle`). Migration 8 read these sentences back into meanings: a
 * change of wording here needs the old one kept in `migrations/008-task-about.ts`.
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

/** A task's title in this language: from what it is about, else as stored (typed by the user, or an old sentence). */
export function taskTitle(
  task: Pick<Task, 'about' | 'title'>,
  language: QuickSaveLanguage,
): string | undefined {
  const about: TaskAbout | undefined = task.about;
  if (!about) return task.title;
  const titles = TASK_TITLES[language];
  switch (about.what) {
    case 'connect':
      return titles.connect(about.name);
    case 'send-promised':
      return titles.promised(about.name, about.promised);
    case 'follow-up':
      return titles.followUp(about.name);
    case 'next-step':
      return titles.nextStep(about.name, about.step);
  }
}
