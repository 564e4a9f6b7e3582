import { describe, expect, test } from 'vitest';
import { formatDateTime } from '@/lib/i18n/format';
import { clockTime } from '@/lib/routine/nudge-text';
import { nudgeWhen } from '@/components/routine/NextNudge';
import { loadLanguage, setLanguage } from '@/lib/i18n';

/** Times Guild shows read as its own time fields do: 24-hour in both languages, never "AM"/"PM". */
describe('every time of day Guild shows is 24-hour, in each language', () => {
  const afternoon = Date.UTC(2026, 10, 20, 14, 5);
  const morning = Date.UTC(2026, 10, 20, 9, 0);

  test('English', () => {
    setLanguage('en');
    expect(formatDateTime(afternoon, 'en')).toMatch(/14:05$/);
    expect(clockTime(morning, 'UTC')).toBe('09:00');
    expect(clockTime(afternoon, 'UTC')).toBe('14:05');
    expect(nudgeWhen(morning, 'UTC', 'en')).toBe('Friday 09:00');
  });

  test('French', async () => {
    await loadLanguage('fr');
    setLanguage('fr');
    expect(formatDateTime(afternoon, 'fr')).toMatch(/14:05$/);
    expect(clockTime(afternoon, 'UTC')).toBe('14:05');
    expect(nudgeWhen(morning, 'UTC', 'fr')).toBe('vendredi 09:00');
    setLanguage('en');
  });
});
