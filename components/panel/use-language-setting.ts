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
 * Guild's own language setting (auto, English, French), applied before the
 * panel shows anything so it never flashes in the other language, and again
 * whenever the setting changes in the dashboard. Returns the language once
 * known (the panel remounts on a change, so every string is read again).
 */
export function useLanguageSetting(): Language | undefined {
  const [browserLanguage] = useState(getLanguage);
  const setting = useLiveQuery(async () => (await getSettings(getDb())).language, []);
  // 'auto' is the language the panel started in (the browser's, set before the first render).
  const wanted = setting === undefined ? undefined : resolveLanguage(setting, browserLanguage);
  // A language whose strings are not loaded yet is loaded first (its own chunk), then applied.
  const [, loadedOne] = useState(0);
  const language = wanted !== undefined && isLanguageLoaded(wanted) ? wanted : undefined;
  useEffect(() => {
    if (wanted !== undefined && !isLanguageLoaded(wanted)) {
      void loadLanguage(wanted).then(() => loadedOne((n) => n + 1));
    }
  }, [wanted]);
  // Set during render, before any child reads a string; idempotent, so safe to repeat.
  if (language !== undefined && language !== getLanguage()) setLanguage(language);
  useEffect(() => {
    if (language) document.documentElement.lang = language;
  }, [language]);
  return language;
}
