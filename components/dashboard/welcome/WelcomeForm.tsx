import { useState, type FormEvent, type MouseEvent } from 'react';
import { getDb, updateSettings } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/schemas/settings';
import { CirclePicker } from '@/components/circle/CirclePicker';
import { ErrorAlert } from '@/components/ErrorAlert';
import { TimeInput } from '@/components/fields/TimeInput';
import { FormField } from '../contacts/FormField';
import { DayPicker } from '../settings/DayPicker';
import {
  formFromSettings,
  PROBLEM_MESSAGES,
  settingsFromForm,
  type SettingsField,
  type SettingsFormValues,
  type SettingsProblem,
} from '../settings/settings-form-model';
import { routeHref } from '../router';

/**
 * The first-run page, one screen: language, the name that signs messages,
 * routine days and hour, quiet hours and days off, then the close circle
 * (saved as it is ticked) and the way to import LinkedIn's archive. Finishing
 * opens Monday's list with the people just chosen; skipping and the way to
 * the import keep what was typed (validated as Settings validates it), and
 * Settings opens this page again with it.
 */
export function WelcomeForm({ settings }: { settings: Settings }) {
  const [values, setValues] = useState<SettingsFormValues>(() => formFromSettings(settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, SettingsProblem>>>({});
  const set = (patch: Partial<SettingsFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const errorOf = (f: SettingsField) => (errors[f] ? t(PROBLEM_MESSAGES[errors[f]]) : undefined);
  const invalid = Object.keys(errors).length > 0;

  /**
   * Saves what the form holds (the close circle is saved as it is ticked), or
   * says at each field what is wrong and saves nothing: whichever way the page
   * is left, nothing typed is silently dropped.
   */
  async function save(done: boolean): Promise<boolean> {
    const result = settingsFromForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      return false;
    }
    setErrors({});
    const { myName } = result.settings;
    await updateSettings(getDb(), {
      ...result.settings,
      myName,
      ...(done ? { welcomeDoneAt: Date.now() } : {}),
    });
    await sendMessage({ type: 'routine:reschedule' }).catch(() => undefined);
    return true;
  }

  async function finish(event: FormEvent) {
    event.preventDefault();
    if (await save(true)) location.hash = routeHref('routine', ['monday']);
  }

  async function skip() {
    if (await save(true)) location.hash = routeHref('contacts');
  }

  /** The import is a detour: what was typed is kept for the way back (Settings opens this page again). */
  async function toImport(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (await save(false)) location.hash = routeHref('data');
  }

  const time = (field: 'routineTime' | 'quietStart' | 'quietEnd', label: MessageKey) => (
    <FormField label={t(label)} error={errorOf(field)}>
      {(a11y) => <TimeInput a11y={a11y} value={values[field]} onChange={(v) => set({ [field]: v })} />}
    </FormField>
  );

  return (
    <form className="welcome" onSubmit={(e) => void finish(e)} noValidate aria-labelledby="section-title">
      <p>{t('welcomeIntro')}</p>
      <fieldset>
        <legend>{t('welcomeYou')}</legend>
        <FormField label={t('settingsLanguage')}>
          {(a11y) => (
            <select
              {...a11y}
              value={values.language}
              onChange={(e) => {
                const language = e.target.value as Settings['language'];
                set({ language });
                // The page speaks the chosen language at once.
                void updateSettings(getDb(), { language });
              }}
            >
              <option value="auto">{t('settingsLanguageAuto')}</option>
              <option value="en">English</option>
              <option value="fr">Français</option>
            </select>
          )}
        </FormField>
        <FormField label={t('settingsMyName')} hint={t('settingsMyNameHint')}>
          {(a11y) => (
            <input
              {...a11y}
              autoComplete="name"
              value={values.myName}
              onChange={(e) => set({ myName: e.target.value })}
            />
          )}
        </FormField>
      </fieldset>
      <fieldset>
        <legend>{t('welcomeRoutine')}</legend>
        <p className="muted">{t('welcomeRoutineHint')}</p>
        <DayPicker
          legend={t('settingsRoutineDays')}
          value={values.routineDays}
          onChange={(routineDays) => set({ routineDays })}
          error={errorOf('routineDays')}
          errorId="welcome-days-error"
        />
        {time('routineTime', 'settingsRoutineTime')}
      </fieldset>
      <fieldset>
        <legend>{t('settingsBoundaries')}</legend>
        {time('quietStart', 'settingsQuietStart')}
        {time('quietEnd', 'settingsQuietEnd')}
        <DayPicker
          legend={t('settingsProtectedDays')}
          value={values.protectedDays}
          onChange={(protectedDays) => set({ protectedDays })}
          error={errorOf('protectedDays')}
          errorId="welcome-protected-error"
        />
      </fieldset>
      <CirclePicker level={2} />
      <p>
        {t('welcomeImport')}{' '}
        <a href={routeHref('data')} onClick={(e) => void toImport(e)}>
          {t('welcomeImportLink')}
        </a>
      </p>
      <ErrorAlert text={invalid ? t('welcomeInvalid') : undefined} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('welcomeFinish')}
        </button>
        <button type="button" onClick={() => void skip()}>
          {t('welcomeSkip')}
        </button>
      </div>
    </form>
  );
}
