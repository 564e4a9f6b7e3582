import { useEffect } from 'react';
import { getLanguage, resolveLanguage, t, type Language } from '@/lib/i18n';
import { useSettingLanguage } from '../../use-setting-language';

/** Re-exported: it moved to `@/lib/i18n` (the panel and the background use it too). */
export { resolveLanguage };

/**
 * Follow the language setting (live: a change in Settings applies at once)
 * and return the language in force, for a `key` that re-renders every string;
 * until the setting is read, the language the page started in.
 */
export function useLanguageSetting(): Language {
  const language = useSettingLanguage(navigator.language) ?? getLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('dashboardTitle');
  }, [language]);
  return language;
}
