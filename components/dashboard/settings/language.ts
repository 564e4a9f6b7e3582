import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import { detectLanguage, getLanguage, setLanguage, t, type Language } from '@/lib/i18n';
import type { Settings } from '@/lib/schemas/settings';

/** The language to show for a setting: 'auto' follows the browser's UI language. */
export function resolveLanguage(setting: Settings['language'], uiLanguage: string | undefined): Language {
  return setting === 'auto' ? detectLanguage(uiLanguage) : setting;
}

/**
 * Follow the language setting (live: a change in Settings applies at once)
 * and return the language in force, for a `key` that re-renders every string.
 */
export function useLanguageSetting(): Language {
  const setting = useLiveQuery(async () => (await getSettings(getDb())).language, []);
  const language = setting === undefined ? getLanguage() : resolveLanguage(setting, navigator.language);
  // t() reads the module's language during render, so it is set before children render.
  if (language !== getLanguage()) setLanguage(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('dashboardTitle');
  }, [language]);
  return language;
}
