import type { SelectHTMLAttributes } from 'react';
import { t, type MessageKey } from '@/lib/i18n';

/**
 * A select among fixed choices, each option shown by its message, in the
 * order of `choices` (the labels' own order when not given). The value comes
 * back as one of the choices: the options are exactly those.
 */
export function ChoiceSelect<V extends string>({
  labels,
  choices = Object.keys(labels) as V[],
  value,
  onChange,
  ...select
}: {
  labels: Readonly<Record<V, MessageKey>>;
  choices?: readonly V[];
  value: V;
  onChange: (value: V) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  return (
    <select {...select} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {t(labels[choice])}
        </option>
      ))}
    </select>
  );
}
