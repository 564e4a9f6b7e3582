import { english, importCatalog, type Catalog, type Language, type MessageKey } from './messages';

export type { Language, MessageKey };

/** The language the UI starts in: the browser's, when Guild speaks it. */
export function detectLanguage(uiLanguage: string | undefined): Language {
  return uiLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The language to show for a setting: 'auto' follows the browser's UI language. */
export function resolveLanguage(setting: Language | 'auto', uiLanguage: string | undefined): Language {
  return setting === 'auto' ? detectLanguage(uiLanguage) : setting;
}

let current: Language = detectLanguage(globalThis.navigator?.language);
const loaded = new Map<Language, Catalog>([['en', english]]);

/** Load a language's strings; call (and await) before `setLanguage` to a language not loaded yet. */
export async function loadLanguage(language: Language): Promise<void> {
  if (!loaded.has(language)) loaded.set(language, await importCatalog(language));
}

/** Whether `t()` can speak this language right now. */
export function isLanguageLoaded(language: Language): boolean {
  return loaded.has(language);
}

/** Switch the UI language. Until its catalog is loaded (`loadLanguage`), strings fall back to English. */
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
  const entry = loaded.get(current)?.[key] ?? english[key];
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const value = content.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text.replace(/\$\$/g, '$');
}

/**
 * A count in words: `one` for exactly 1, else `many` with the count as `$1`
 * (Chrome's messages have no plural forms: "1 person", "3 people").
 */
export function tCount(count: number, one: MessageKey, many: MessageKey): string {
  return count === 1 ? t(one) : t(many, count);
}
