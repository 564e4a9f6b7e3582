import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

/**
 * The UI strings are the browser's `_locales` files, imported rather than read
 * through `i18n.getMessage`, so that the user's language setting can differ
 * from the browser's and so that tests render without a browser.
 */
export type MessageKey = keyof typeof en;
export type Language = 'en' | 'fr';

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const catalogs: Record<Language, Record<MessageKey, ChromeMessage>> = {
  en,
  fr: fr satisfies Record<MessageKey, ChromeMessage>,
};
