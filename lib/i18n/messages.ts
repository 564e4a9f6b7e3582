import en from '../../public/_locales/en/messages.json';

/**
 * The UI strings are the browser's `_locales` files, imported rather than read
 * through `i18n.getMessage`, so that the user's language setting can differ
 * from the browser's and so that tests render without a browser. English is
 * bundled (it is also the fallback); French is its own chunk, loaded only
 * when used, so that a page never carries both catalogs (about 11 KB gzip
 * each, against the side panel's 150 KB budget).
 */
export type MessageKey = keyof typeof en;
export type Language = 'en' | 'fr';

export interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Catalog = Record<MessageKey, ChromeMessage>;

export const english: Catalog = en;

/** Load a language's catalog (English is always there). */
export async function importCatalog(language: Language): Promise<Catalog> {
  if (language === 'en') return english;
  const fr = await import('./french');
  return fr.default satisfies Catalog as Catalog;
}
