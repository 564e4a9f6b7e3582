import { useState } from 'react';
import { t } from '@/lib/i18n';
import { UNREADABLE } from '@/lib/i18n/date-text';
import { FormField } from '../dashboard/contacts/FormField';
import { DateInput } from './DateInput';
import { TimeInput } from './TimeInput';

function split(value: string): { day: string; time: string } {
  const [, day = '', time = ''] = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value) ?? [];
  return { day, time };
}

const read = (part: string) => part !== '' && part !== UNREADABLE;

function join({ day, time }: { day: string; time: string }): string {
  if (!day && !time) return '';
  return read(day) && read(time) ? `${day}T${time}` : UNREADABLE;
}

/**
 * A day and a time (`yyyy-MM-ddTHH:mm`, what a datetime-local input held) as
 * a group of the two fields, each in the UI language. Either part unreadable
 * or missing makes the whole UNREADABLE; the form's error shows at the
 * part that is wrong (the day when both are).
 */
export function DateTimeInput({
  label,
  error,
  value,
  onChange,
}: {
  label: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  // The parts as typed: a value from outside (a reset) splits again.
  const [parts, setParts] = useState(() => ({ value, ...split(value) }));
  let { day, time } = parts;
  if (parts.value !== value) {
    ({ day, time } = split(value));
    setParts({ value, day, time });
  }
  const timeIsWrong = read(day) && !read(time);
  const change = (next: { day: string; time: string }) => {
    const joined = join(next);
    setParts({ value: joined, ...next });
    if (joined !== value) onChange(joined);
  };
  return (
    <fieldset className="date-time">
      <legend>{label}</legend>
      <FormField label={t('dashDate')} error={timeIsWrong ? undefined : error}>
        {(a11y) => <DateInput a11y={a11y} value={day} onChange={(d) => change({ day: d, time })} />}
      </FormField>
      <FormField label={t('fieldTime')} error={timeIsWrong ? error : undefined}>
        {(a11y) => <TimeInput a11y={a11y} value={time} onChange={(h) => change({ day, time: h })} />}
      </FormField>
    </fieldset>
  );
}
