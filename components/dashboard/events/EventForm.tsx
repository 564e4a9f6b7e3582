import { useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';
import { withoutUndefined } from '@/lib/schemas/common';
import { EventSchema, type NetworkEvent } from '@/lib/schemas/library';
import { EventCapWarning } from '@/components/routine/EventCapWarning';
import { ContactName, ContactPicker } from '../opportunities/ContactPicker';
import { fromInput, toDateTimeInput } from '../resources/dates';
import { saveEvent } from './save-event';
import { FormFooter } from '../FormFooter';
import { ChoiceSelect } from '../ChoiceSelect';
import { DateTimeInput } from '@/components/fields/DateTimeInput';

type Saved = NetworkEvent & { id: number };

const FORMATS: Record<NetworkEvent['format'], 'eventInPerson' | 'eventVirtual' | 'eventHybrid'> = {
  'in-person': 'eventInPerson',
  virtual: 'eventVirtual',
  hybrid: 'eventHybrid',
};

/** Plan or record an event and the people met there; warns past the monthly cap, never forbids. */
export function EventForm({ initial, onDone }: { initial?: Saved; onDone: () => void }) {
  const [name, setName] = useState(initial?.name ?? '');
  const [date, setDate] = useState(() => toDateTimeInput(initial?.date ?? Date.now()));
  const [place, setPlace] = useState(initial?.place ?? '');
  const [link, setLink] = useState(initial?.link ?? '');
  const [format, setFormat] = useState<NetworkEvent['format']>(initial?.format ?? 'in-person');
  const [met, setMet] = useState<number[]>(initial?.contactIds ?? []);
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [error, setError] = useState('');
  const [dateError, setDateError] = useState<string>();
  const when = fromInput(date);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = EventSchema.safeParse(
      withoutUndefined({
        id: initial?.id,
        name: name.trim(),
        date: when,
        place: place.trim() || undefined,
        link: link.trim() || undefined,
        format,
        contactIds: met,
        notes: notes.trim() || undefined,
      }),
    );
    setDateError(Number.isNaN(when) ? t('fieldUnreadable') : undefined);
    if (!parsed.success) return setError(t('dashFormInvalid'));
    await saveEvent(parsed.data, initial?.contactIds ?? []);
    onDone();
  };

  return (
    <form className="dash-form" onSubmit={(e) => void submit(e)} aria-labelledby="event-form-title">
      <h2 id="event-form-title">{t(initial ? 'eventEditTitle' : 'eventAddTitle')}</h2>
      <label>
        {t('eventName')}
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <DateTimeInput label={t('eventWhen')} error={dateError} value={date} onChange={setDate} />
      {!Number.isNaN(when) && <EventCapWarning date={when} eventId={initial?.id} />}
      <label>
        {t('eventFormat')}
        <ChoiceSelect labels={FORMATS} value={format} onChange={setFormat} />
      </label>
      <label>
        {t('eventPlace')}
        <input maxLength={300} value={place} onChange={(e) => setPlace(e.target.value)} />
      </label>
      <label>
        {t('eventLink')}
        <input type="url" placeholder="https://" value={link} onChange={(e) => setLink(e.target.value)} />
      </label>
      <fieldset>
        <legend>{t('eventMet')}</legend>
        <ul className="chips">
          {met.map((id) => (
            <li key={id}>
              <ContactName id={id} />{' '}
              <button
                type="button"
                aria-label={t('eventRemoveMet')}
                onClick={() => setMet(met.filter((m) => m !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <ContactPicker label={t('eventAddMet')} exclude={met} onPick={(id) => setMet([...met, id])} />
      </fieldset>
      <label>
        {t('eventNotes')}
        <textarea maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <FormFooter error={error} onCancel={onDone} />
    </form>
  );
}
