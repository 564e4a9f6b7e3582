import { catalogs, type Language, type MessageKey } from './messages';

export type { Language, MessageKey };

/** The language the UI starts in: the browser's, when Guild speaks it. */
export function detectLanguage(uiLanguage: string | undefined): Language {
  return uiLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

let current: Language = detectLanguage(globalThis.navigator?.language);

export function setLanguage(language: Language): void {
  current = language;
}

export function getLanguage(): Language {
  return current;
}

/**
 * A UI string in the current language, with `$1`… substitutions resolved the
 * way Chrome's `i18n.getMessage` resolves them.
 */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const entry = catalogs[current][key] ?? catalogs.en[key];
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const value = content.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text.replace(/\$\$/g, '$');
}
