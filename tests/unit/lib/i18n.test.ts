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
  test('English messages use the typographic apostrophe, as the welcome page’s buttons do', () => {
    const straight = Object.entries(en)
      .filter(([, { message }]) => /\p{L}'\p{L}/u.test(message))
      .map(([key]) => key);
    expect(straight).toEqual([]);
  });
  test('French messages have a no-break space before : ; ! ? and none typed as a plain space', () => {
    const wrong = Object.entries(fr)
      .filter(([, { message }]) =>
        / [:;!?]|[^\s\u00a0\u202f\d/{(][:;!?](\s|$)/u.test(message.replace(/https?:\S*/g, '')),
      )
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });
  test('follows the browser language', () => {
    expect(detectLanguage('fr-CA')).toBe('fr');
    expect(detectLanguage('de')).toBe('en');
  });
});
