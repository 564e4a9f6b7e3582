import { useState, type FormEvent } from 'react';
import { getDb, updateSettings } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import { t, type MessageKey } from '@/lib/i18n';
import type { Settings } from '@/lib/schemas/settings';
import { DateInput } from '@/components/fields/DateInput';
import { TimeInput } from '@/components/fields/TimeInput';
import { FormField } from '../contacts/FormField';
import { TitledForm } from '../TitledForm';
import { DayPicker } from './DayPicker';
import { FormFooter } from '../FormFooter';
import {
  formFromSettings,
  settingsFromForm,
  type SettingsField,
  type SettingsFormValues,
  type SettingsProblem,
  PROBLEM_MESSAGES,
} from './settings-form-model';

/** A field, its label, its kind ('time' and 'date' are Guild's own fields, the rest an input's type) and hint. */
type Input = [SettingsField, MessageKey, 'text' | 'number' | 'time' | 'date', MessageKey?];

/** Every setting in one form; Save validates all of it and says what is wrong where. */
export function SettingsForm({ settings }: { settings: Settings }) {
  const [values, setValues] = useState(() => formFromSettings(settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, SettingsProblem>>>({});
  const [status, setStatus] = useState<string>();
  const set = (patch: Partial<SettingsFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const errorOf = (f: SettingsField) => (errors[f] ? t(PROBLEM_MESSAGES[errors[f]]) : undefined);
  const input = ([field, label, type, hint]: Input) => (
    <FormField key={field} label={t(label)} hint={hint && t(hint)} error={errorOf(field)}>
      {(a11y) => {
        const value = values[field] as string;
        const onChange = (v: string) => set({ [field]: v });
        if (type === 'time') return <TimeInput a11y={a11y} value={value} onChange={onChange} />;
        if (type === 'date') return <DateInput a11y={a11y} value={value} onChange={onChange} />;
        return (
          <input
            {...a11y}
            type={type}
            {...(type === 'number' ? { min: 1, step: 1 } : {})}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        );
      }}
    </FormField>
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = settingsFromForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(t('settingsInvalid'));
      return;
    }
    setErrors({});
    // Cleared optional settings are written as undefined, or the stored value would stay.
    const { vacationUntil, timeZone, myName } = result.settings;
    await updateSettings(getDb(), { ...result.settings, vacationUntil, timeZone, myName });
    // The next nudge follows the new routine at once, not at the next worker start.
    await sendMessage({ type: 'routine:reschedule' }).catch(() => undefined);
    setStatus(t('settingsSaved'));
  }

  return (
    <TitledForm
      id="settings-form-title"
      title={t('settingsGeneral')}
      className="settings-form"
      onSubmit={save}
    >
      <FormField label={t('settingsLanguage')}>
        {(a11y) => (
          <select
            {...a11y}
            value={values.language}
            onChange={(e) => set({ language: e.target.value as Settings['language'] })}
          >
            <option value="auto">{t('settingsLanguageAuto')}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        )}
      </FormField>
      {input(['myName', 'settingsMyName', 'text', 'settingsMyNameHint'])}
      {input(['timeZone', 'settingsTimeZone', 'text', 'settingsTimeZoneHint'])}
      <fieldset>
        <legend>{t('settingsRoutine')}</legend>
        <DayPicker
          legend={t('settingsRoutineDays')}
          value={values.routineDays}
          onChange={(routineDays) => set({ routineDays })}
          error={errorOf('routineDays')}
          errorId="routine-days-error"
        />
        {input(['routineTime', 'settingsRoutineTime', 'time'])}
        {input(['weeklyBudgetMinutes', 'settingsWeeklyBudget', 'number'])}
        {input(['dailyNotificationCap', 'settingsDailyCap', 'number'])}
      </fieldset>
      <fieldset>
        <legend>{t('settingsBoundaries')}</legend>
        {input(['quietStart', 'settingsQuietStart', 'time'])}
        {input(['quietEnd', 'settingsQuietEnd', 'time'])}
        <DayPicker
          legend={t('settingsProtectedDays')}
          value={values.protectedDays}
          onChange={(protectedDays) => set({ protectedDays })}
          error={errorOf('protectedDays')}
          errorId="protected-days-error"
        />
        {input(['vacationUntil', 'settingsVacation', 'date', 'settingsVacationHint'])}
        {input(['monthlyEventCap', 'settingsEventCap', 'number'])}
      </fieldset>
      <fieldset>
        <legend>{t('settingsCadence')}</legend>
        {input(['cadenceClose', 'settingsCadenceClose', 'number'])}
        {input(['cadenceActive', 'settingsCadenceActive', 'number'])}
        {input(['cadenceAcquaintance', 'settingsCadenceAcquaintance', 'number'])}
      </fieldset>
      <FormFooter
        saveLabel={t('settingsSave')}
        status={{ text: status, isError: Object.keys(errors).length > 0 }}
      />
    </TitledForm>
  );
}
