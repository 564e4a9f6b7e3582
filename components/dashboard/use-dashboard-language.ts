import { useEffect } from 'react';
import { getLanguage, t, type Language } from '@/lib/i18n';
import { useSettingLanguage } from '../use-setting-language';

/**
 * The dashboard's language: follow the setting (live: a change in Settings
 * applies at once; `auto` is the browser's language) and return the language
 * in force, for a `key` that re-renders every string; until the setting is
 * read, the language the page started in. Also names the tab.
 */
export function useDashboardLanguage(): Language {
  const language = useSettingLanguage(navigator.language) ?? getLanguage();
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('dashboardTitle');
  }, [language]);
  return language;
}
