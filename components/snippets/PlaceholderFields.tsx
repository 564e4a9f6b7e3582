import { useId } from 'react';
import { getLanguage, t } from '@/lib/i18n';
import { placeholderLabel, type PlaceholderName, type PlaceholderValues } from '@/lib/snippets';

/**
 * One labelled input per placeholder Guild could not fill. The set of fields
 * stays the same while the user types (it comes from the values Guild had,
 * not from what is still empty), so a field never vanishes under the cursor.
 */
export interface EmptyField {
  name: PlaceholderName;
  /** Its line is left out while empty: filling it is a choice. */
  optional: boolean;
}

export function PlaceholderFields({
  fields,
  values,
  onChange,
}: {
  fields: readonly EmptyField[];
  values: PlaceholderValues;
  onChange: (name: PlaceholderName, value: string) => void;
}) {
  const id = useId();
  if (fields.length === 0) return null;
  const language = getLanguage();
  return (
    <fieldset className="placeholder-fields">
      <legend>{t('snippetFillHeading')}</legend>
      {fields.map(({ name, optional }) => (
        <div className="field" key={name}>
          <label htmlFor={`${id}-${name}`}>
            {placeholderLabel(name, language)}
            {optional ? ` ${t('snippetOptional')}` : ''}
          </label>
          <input
            id={`${id}-${name}`}
            type="text"
            value={values[name] ?? ''}
            aria-invalid={!optional && !values[name]?.trim()}
            onChange={(e) => onChange(name, e.target.value)}
          />
        </div>
      ))}
    </fieldset>
  );
}
