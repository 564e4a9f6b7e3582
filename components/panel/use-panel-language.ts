import { useState } from 'react';
import { getLanguage, type Language } from '@/lib/i18n';
import { useSettingLanguage } from '../use-setting-language';

/**
 * Guild's own language setting, applied before the panel shows anything so it
 * never flashes in the other language, and again whenever the setting changes
 * in the dashboard. Returns the language once known (the panel remounts on a
 * change, so every string is read again).
 */
export function usePanelLanguage(): Language | undefined {
  // 'auto' is the language the panel started in (the browser's, set before the first render).
  const [browserLanguage] = useState(getLanguage);
  return useSettingLanguage(browserLanguage);
}
