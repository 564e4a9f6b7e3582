import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, getSettings } from '@/lib/db';
import {
  getLanguage,
  isLanguageLoaded,
  loadLanguage,
  resolveLanguage,
  setLanguage,
  type Language,
} from '@/lib/i18n';

/**
 * Follow Guild's language setting (auto, English, French) live, for the side
 * panel and the dashboard. `auto` is what "auto" means on this page. Returns
 * the language in force once the setting is read and its strings are loaded
 * (a language not loaded yet is loaded first, from its own chunk), else
 * undefined; the module's language is set during render, before any child
 * reads a string.
 */
export function useSettingLanguage(auto: string | undefined): Language | undefined {
  const setting = useLiveQuery(async () => (await getSettings(getDb())).language, []);
  const wanted = setting === undefined ? undefined : resolveLanguage(setting, auto);
  const [, loadedOne] = useState(0);
  const language = wanted !== undefined && isLanguageLoaded(wanted) ? wanted : undefined;
  useEffect(() => {
    if (wanted !== undefined && !isLanguageLoaded(wanted)) {
      void loadLanguage(wanted).then(() => loadedOne((n) => n + 1));
    }
  }, [wanted]);
  // Idempotent, so safe to repeat on every render.
  if (language !== undefined && language !== getLanguage()) setLanguage(language);
  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);
  return language;
}
