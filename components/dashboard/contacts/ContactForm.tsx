import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { communities as communityStore, events as eventStore, getDb } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import { CircleSchema, type Contact } from '@/lib/schemas/contact';
import {
  contactFromForm,
  formFromContact,
  type ContactField,
  type ContactFormValues,
  type FieldProblem,
} from './contact-form-model';
import { FormField } from './FormField';
import { DateInput } from '@/components/fields/DateInput';
import { formatDate } from '@/lib/i18n/format';
import { FormFooter } from '../FormFooter';
import { TitledForm } from '../TitledForm';
import { CircleOptions } from './CircleOptions';

const PROBLEMS: Record<FieldProblem, MessageKey> = {
  required: 'personErrorName',
  cadence: 'personErrorCadence',
  labels: 'personErrorLabels',
  invalid: 'personErrorInvalid',
};

const TEXT_FIELDS: [ContactField, MessageKey][] = [
  ['name', 'personFieldName'],
  ['headline', 'personFieldHeadline'],
  ['company', 'personFieldCompany'],
  ['position', 'personFieldPosition'],
  ['location', 'personFieldLocation'],
  ['email', 'personFieldEmail'],
];
const LIST_FIELDS: [ContactField, MessageKey][] = [
  ['tags', 'personFieldTags'],
  ['interests', 'personFieldInterests'],
  ['projects', 'personFieldProjects'],
  ['needs', 'personFieldNeeds'],
  ['offers', 'personFieldOffers'],
];

/** A request to bring a field to the user: scrolled to and focused (`request` changes with each ask, so the same field can be asked again). */
export interface FieldRequest {
  field: ContactField;
  request: number;
}

/**
 * Every editable field of a contact; Save validates with the contact schema and says what is wrong where.
 * `focus`: a field to open for the user (give-first's empty card asks for interests, needs…).
 */
export function ContactForm({ contact, focus }: { contact: Contact & { id: number }; focus?: FieldRequest }) {
  const [values, setValues] = useState(() => formFromContact(contact));
  // What the form showed when opened (or last saved): only fields changed since are written.
  const [opened, setOpened] = useState(() => formFromContact(contact));
  const [errors, setErrors] = useState<Partial<Record<ContactField, FieldProblem>>>({});
  const [status, setStatus] = useState<string>();
  const communities = useLiveQuery(() => communityStore.sorted(getDb(), 'name'), [], []);
  const events = useLiveQuery(
    () => eventStore.sorted(getDb(), 'date', { reverse: true, limit: 300 }),
    [],
    [],
  );
  const controls = useRef(new Map<ContactField, HTMLInputElement | HTMLTextAreaElement>());
  useEffect(() => {
    const control = focus && controls.current.get(focus.field);
    control?.scrollIntoView?.({ block: 'center' });
    control?.focus();
  }, [focus]);
  const keep = (field: ContactField) => (el: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (el) controls.current.set(field, el);
    else controls.current.delete(field);
  };
  const set = (patch: Partial<ContactFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const errorOf = (field: ContactField) => (errors[field] ? t(PROBLEMS[errors[field]]) : undefined);
  const text = (field: ContactField, label: MessageKey, hint?: string, multiline = false) => (
    <FormField key={field} label={t(label)} hint={hint} error={errorOf(field)}>
      {(a11y) =>
        multiline ? (
          <textarea
            {...a11y}
            ref={keep(field)}
            value={values[field] as string}
            rows={5}
            onChange={(e) => set({ [field]: e.target.value })}
          />
        ) : (
          <input
            {...a11y}
            ref={keep(field)}
            value={values[field] as string}
            onChange={(e) => set({ [field]: e.target.value })}
          />
        )
      }
    </FormField>
  );

  async function save(event: FormEvent) {
    event.preventDefault();
    const db = getDb();
    try {
      // Read and write in one transaction, from the stored record (fields this form does not show
      // are kept), applying only the fields changed here: an edit made meanwhile in the panel
      // (notes, say) survives instead of being silently undone by this form's stale copy.
      const { result, merged } = await db.transaction('rw', db.contacts, async () => {
        const stored = (await db.contacts.get(contact.id)) ?? contact;
        const changed = (Object.keys(values) as ContactField[]).filter(
          (k) => JSON.stringify(values[k]) !== JSON.stringify(opened[k]),
        );
        const merged = {
          ...formFromContact(stored),
          ...Object.fromEntries(changed.map((k) => [k, values[k]])),
        };
        const result = contactFromForm(stored, merged, Date.now());
        if (result.ok) await db.contacts.put(result.contact);
        return { result, merged };
      });
      if (!result.ok) {
        setErrors(result.errors);
        setStatus(t('personSaveInvalid'));
        return;
      }
      setErrors({});
      // Show what is stored now, the other view's edits included.
      setValues(merged);
      setOpened(merged);
      setStatus(t('personSaved'));
    } catch (e) {
      setStatus(t('personSaveFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <TitledForm id="contact-edit-title" title={t('personEditTitle')} className="contact-form" onSubmit={save}>
      <div className="form-grid">
        {TEXT_FIELDS.map(([field, label]) => text(field, label))}
        <FormField label={t('personFieldCircle')}>
          {(a11y) => (
            <select
              {...a11y}
              value={values.circle}
              onChange={(e) => set({ circle: CircleSchema.parse(e.target.value) })}
            >
              <CircleOptions />
            </select>
          )}
        </FormField>
        <FormField
          label={t('personFieldCadence')}
          hint={t('personCadenceHint')}
          error={errorOf('cadenceDays')}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="number"
              min={1}
              max={3650}
              value={values.cadenceDays}
              onChange={(e) => set({ cadenceDays: e.target.value })}
            />
          )}
        </FormField>
        {LIST_FIELDS.map(([field, label]) => text(field, label, t('personListHint')))}
      </div>
      <fieldset>
        <legend>{t('personHowWeMet')}</legend>
        <FormField label={t('personMetEvent')} error={errorOf('metEventId')}>
          {(a11y) => (
            <select {...a11y} value={values.metEventId} onChange={(e) => set({ metEventId: e.target.value })}>
              <option value="">—</option>
              {events.map((ev) => (
                <option key={ev.id} value={ev.id}>
                  {ev.name} ({formatDate(ev.date)})
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('personMetDate')} error={errorOf('metDate')}>
          {(a11y) => (
            <DateInput a11y={a11y} value={values.metDate} onChange={(metDate) => set({ metDate })} />
          )}
        </FormField>
        {text('metContext', 'personMetContext')}
      </fieldset>
      {communities.length > 0 && (
        <fieldset>
          <legend>{t('personFieldCommunities')}</legend>
          {communities.map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                checked={values.communityIds.includes(c.id!)}
                onChange={(e) =>
                  set({
                    communityIds: e.target.checked
                      ? [...values.communityIds, c.id!]
                      : values.communityIds.filter((x) => x !== c.id),
                  })
                }
              />
              <span>{c.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      {text('notes', 'personFieldNotes', undefined, true)}
      <FormFooter
        saveLabel={t('personSave')}
        status={{ text: status, isError: Object.keys(errors).length > 0 }}
      />
    </TitledForm>
  );
}
