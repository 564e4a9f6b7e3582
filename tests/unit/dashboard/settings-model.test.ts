import { describe, expect, test } from 'vitest';
import { defaultSettings } from '@/lib/schemas/settings';
import { formFromSettings, settingsFromForm } from '@/components/dashboard/settings/settings-form-model';
import { resolveLanguage } from '@/lib/i18n';
import { UNREADABLE } from '@/lib/i18n/date-text';

describe('settings form model', () => {
  test('defaults round-trip through the form unchanged', () => {
    const result = settingsFromForm(formFromSettings(defaultSettings()));
    expect(result).toEqual({ ok: true, settings: defaultSettings() });
  });

  test('every wrong field is reported with its problem', () => {
    const form = {
      ...formFromSettings(defaultSettings()),
      routineTime: '25:00',
      quietStart: '',
      protectedDays: [0, 1],
      cadenceClose: '0',
      cadenceActive: '1.5',
      monthlyEventCap: '40',
      dailyNotificationCap: '',
      weeklyBudgetMinutes: '1e3',
      timeZone: 'Mars/Olympus',
      vacationUntil: '2026-02-31x',
    };
    const result = settingsFromForm(form);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      routineTime: 'time',
      quietStart: 'time',
      protectedDays: 'overlap',
      cadenceClose: 'cadence',
      cadenceActive: 'cadence',
      monthlyEventCap: 'events',
      dailyNotificationCap: 'notifications',
      weeklyBudgetMinutes: 'budget',
      timeZone: 'zone',
      vacationUntil: 'date',
    });
  });

  test('a time or date field whose text could not be read is refused as a wrong time or date', () => {
    const form = { ...formFromSettings(defaultSettings()), quietEnd: UNREADABLE, vacationUntil: UNREADABLE };
    const result = settingsFromForm(form);
    expect(!result.ok && result.errors).toEqual({ quietEnd: 'time', vacationUntil: 'date' });
  });

  test('no routine day at all is refused; a vacation is stored as the end of that local day', () => {
    const none = settingsFromForm({ ...formFromSettings(defaultSettings()), routineDays: [] });
    expect(!none.ok && none.errors.routineDays).toBe('days');
    const away = settingsFromForm({ ...formFromSettings(defaultSettings()), vacationUntil: '2026-08-15' });
    expect(away.ok && away.settings.vacationUntil).toBe(new Date(2026, 7, 15, 23, 59, 59).getTime());
  });

  test('a routine hour inside quiet hours is refused, across midnight or within the day; no quiet hours refuse nothing', () => {
    const form = formFromSettings(defaultSettings());
    const at = (routineTime: string, quietStart = '20:00', quietEnd = '08:00') =>
      settingsFromForm({ ...form, routineTime, quietStart, quietEnd });
    expect(at('21:30')).toEqual({ ok: false, errors: { routineTime: 'quiet' } });
    expect(at('07:59').ok).toBe(false);
    expect(at('08:00').ok).toBe(true);
    expect(at('19:59').ok).toBe(true);
    expect(at('12:30', '12:00', '14:00')).toEqual({ ok: false, errors: { routineTime: 'quiet' } });
    expect(at('21:30', '22:00', '22:00').ok).toBe(true);
    // A time that could not be read is a wrong time, not a quiet one.
    expect(at('25:00')).toEqual({ ok: false, errors: { routineTime: 'time' } });
  });

  test("'auto' follows the browser's language", () => {
    expect(resolveLanguage('auto', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('auto', 'de')).toBe('en');
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
  });
});
