import { useId, useState, type FormEvent } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { Corrections } from '@/lib/db';
import { READ_FIELDS, type ReadField } from '@/lib/schemas/contact';
import { ErrorAlert } from '../ErrorAlert';

const LABELS: Record<ReadField, MessageKey> = {
  name: 'personFieldName',
  headline: 'personFieldHeadline',
  company: 'personFieldCompany',
  position: 'personFieldPosition',
  location: 'personFieldLocation',
};

export type ReadValues = Partial<Record<ReadField, string>>;

/**
 * The read fields, editable in place: what Guild read (or the user set
 * before), and on submit only the fields the user changed. Escape cancels.
 */
export function CorrectFields({
  values,
  onSubmit,
  onCancel,
}: {
  values: ReadValues;
  onSubmit: (corrections: Corrections) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<ReadValues>(values);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const changed: Corrections = {};
    for (const field of READ_FIELDS) {
      const value = (draft[field] ?? '').trim();
      if (value !== (values[field] ?? '').trim()) changed[field] = value;
    }
    try {
      await onSubmit(changed);
    } catch (e) {
      setError(t('saveFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <form
      className="correct-fields"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h2 id={`${id}-title`}>{t('correctFieldsTitle')}</h2>
      {READ_FIELDS.map((field, i) => (
        <div className="field" key={field}>
          <label htmlFor={`${id}-${field}`}>{t(LABELS[field])}</label>
          <input
            id={`${id}-${field}`}
            value={draft[field] ?? ''}
            required={field === 'name'}
            autoFocus={i === 0}
            onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
          />
        </div>
      ))}
      <p className="muted small">{t('correctFieldsHint')}</p>
      <div className="actions">
        <button type="submit" className="primary">
          {t('correctFieldsSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('correctFieldsCancel')}
        </button>
      </div>
      <ErrorAlert text={error} />
    </form>
  );
}
