import { afterEach, describe, expect, test } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import fr from '@/public/_locales/fr/messages.json';
import { detectLanguage, setLanguage, t } from '@/lib/i18n';

describe('i18n', () => {
  afterEach(() => setLanguage('en'));
  test('French and English have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
  test('substitutes placeholders like chrome.i18n', () => {
    expect(t('savedCount', 12)).toBe('12 people saved');
    setLanguage('fr');
    expect(t('savedCount', 12)).toBe('12 personnes enregistrées');
  });
  test('follows the browser language', () => {
    expect(detectLanguage('fr-CA')).toBe('fr');
    expect(detectLanguage('de')).toBe('en');
  });
});
