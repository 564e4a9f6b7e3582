import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import {
  getLanguage,
  isLanguageLoaded,
  loadLanguage,
  resolveLanguage,
  setLanguage,
  t,
  type Language,
} from '@/lib/i18n';

/** Re-exported: it moved to `@/lib/i18n` (the panel and the background use it too). */
export { resolveLanguage };

/**
 * Follow the language setting (live: a change in Settings applies at once)
 * and return the language in force, for a `key` that re-renders every string.
 */
export function useLanguageSetting(): Language {
  const setting = useLiveQuery(async () => (await getSettings(getDb())).language, []);
  const wanted = setting === undefined ? getLanguage() : resolveLanguage(setting, navigator.language);
  // A language whose strings are not loaded yet stays off until its chunk has arrived.
  const [, loadedOne] = useState(0);
  const language = isLanguageLoaded(wanted) ? wanted : getLanguage();
  useEffect(() => {
    if (!isLanguageLoaded(wanted)) void loadLanguage(wanted).then(() => loadedOne((n) => n + 1));
  }, [wanted]);
  // t() reads the module's language during render, so it is set before children render.
  if (language !== getLanguage()) setLanguage(language);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('dashboardTitle');
  }, [language]);
  return language;
}
