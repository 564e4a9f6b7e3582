import { useState, type FormEvent } from 'react';
import { getDb, opportunities } from '@/lib/db';
import { t } from '@/lib/i18n';
import { OpportunitySchema, type Opportunity } from '@/lib/schemas/library';
import { withoutUndefined } from '@/lib/schemas/common';
import { fromInput, toDateInput } from '../resources/dates';
import { parseTags, tagsText } from '../resources/tags';
import { ContactName, ContactPicker } from './ContactPicker';
import { KIND_LABELS, STATUS_LABELS } from './kinds';
import { FormFooter } from '../FormFooter';
import { ChoiceSelect } from '../ChoiceSelect';
import { FormField } from '../contacts/FormField';
import { DateInput } from '@/components/fields/DateInput';

type Saved = Opportunity & { id: number };

/**
 * Log or edit what the network brought. `from` pre-selects the person it
 * came from (the contact page links here with `#/opportunities?from=<id>`).
 */
export function OpportunityForm({
  initial,
  from,
  onDone,
}: {
  initial?: Saved;
  from?: number;
  onDone: () => void;
}) {
  const [kind, setKind] = useState<Opportunity['kind']>(initial?.kind ?? 'job');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [source, setSource] = useState<number | undefined>(initial?.sourceContactId ?? from);
  const [date, setDate] = useState(() => toDateInput(initial?.date ?? Date.now()));
  const [status, setStatus] = useState<Opportunity['status']>(initial?.status ?? 'open');
  const [valueNote, setValueNote] = useState(initial?.valueNote ?? '');
  const [tags, setTags] = useState(tagsText(initial?.tags ?? []));
  const [error, setError] = useState('');
  const [dateError, setDateError] = useState<string>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const record = withoutUndefined({
      kind,
      title: title.trim() || undefined,
      sourceContactId: source,
      date: fromInput(date),
      status,
      valueNote: valueNote.trim() || undefined,
      tags: parseTags(tags),
    });
    const parsed = OpportunitySchema.safeParse(record);
    setDateError(Number.isNaN(record.date) ? t('fieldUnreadable') : undefined);
    if (!parsed.success || Number.isNaN(record.date)) return setError(t('dashFormInvalid'));
    const db = getDb();
    await opportunities.save(db, { ...parsed.data, id: initial?.id });
    onDone();
  };

  return (
    <form className="dash-form" onSubmit={(e) => void submit(e)} aria-labelledby="opp-form-title">
      <h2 id="opp-form-title">{t(initial ? 'oppEditTitle' : 'oppAddTitle')}</h2>
      <label>
        {t('oppKind')}
        <ChoiceSelect labels={KIND_LABELS} value={kind} onChange={setKind} />
      </label>
      <label>
        {t('oppTitleField')}
        <input value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('oppFrom')}</legend>
        {source !== undefined ? (
          <p>
            <ContactName id={source} />{' '}
            <button type="button" onClick={() => setSource(undefined)}>
              {t('oppFromClear')}
            </button>
          </p>
        ) : (
          <ContactPicker label={t('oppFromSearch')} onPick={setSource} />
        )}
      </fieldset>
      <FormField label={t('dashDate')} error={dateError}>
        {(a11y) => <DateInput a11y={a11y} value={date} onChange={setDate} />}
      </FormField>
      <label>
        {t('oppStatus')}
        <ChoiceSelect labels={STATUS_LABELS} value={status} onChange={setStatus} />
      </label>
      <label>
        {t('oppValueNote')}
        <textarea value={valueNote} maxLength={2000} onChange={(e) => setValueNote(e.target.value)} />
      </label>
      <label>
        {t('dashTags')}
        <input value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby="opp-tags-hint" />
      </label>
      <p id="opp-tags-hint" className="muted">
        {t('dashTagsHint')}
      </p>
      <FormFooter error={error} onCancel={onDone} />
    </form>
  );
}
