import { useId, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { QuickSaveInputSchema, type QuickSaveInput } from '@/lib/quick-save';
import { ErrorAlert } from '../ErrorAlert';

/** When the next step is due, from now: the guide's 24 hours first, then later choices. */
const NEXT_STEP_WHEN = [
  ['1', 'panelDueIn24h'],
  ['3', 'panelDueIn3Days'],
  ['7', 'panelDueInAWeek'],
  ['14', 'panelDueIn2Weeks'],
] as const;
const DAY_MS = 86_400_000;
/** The time `days` days from now (read when the form is sent). */
const dueIn = (days: number) => Date.now() + days * DAY_MS;

/** How many of the user's events the "where" field suggests, most recent first. */
const SUGGESTED_EVENTS = 8;

const FIELDS = [
  ['where', 'panelFieldWhere'],
  ['topic', 'panelFieldTopic'],
  ['project', 'panelFieldProject'],
  ['promised', 'panelFieldPromised'],
  ['nextStep', 'panelFieldNextStep'],
] as const;
type TextField = (typeof FIELDS)[number][0];
const EMPTY: Record<TextField, string> = { where: '', topic: '', project: '', promised: '', nextStep: '' };

/**
 * The short form filled right after a conversation. Only "where" is required
 * (and the name, when no profile is open); Enter anywhere saves. The first
 * field has focus as soon as the form shows, so the shortcut leads straight to typing.
 * Like every form: one state per field, checked by the Zod schema on submit.
 */
export function QuickSaveForm({
  title,
  askName = false,
  sameAs,
  onSubmit,
  onCancel,
}: {
  title: string;
  askName?: boolean;
  /** Someone saved with this name from another site: the form asks whether it is them. */
  sameAs?: { name: string; where?: string };
  /** `same` is the user's answer to `sameAs` (true: add to that person). */
  onSubmit: (input: QuickSaveInput, name: string, same: boolean) => Promise<void>;
  onCancel?: () => void;
}) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [text, setText] = useState(EMPTY);
  const [days, setDays] = useState<(typeof NEXT_STEP_WHEN)[number][0]>('1');
  const [same, setSame] = useState(true);
  const [error, setError] = useState<{ field: 'name' | 'where'; text: string }>();
  const [busy, setBusy] = useState(false);
  const recent = useLiveQuery(
    async () => (await events.all(getDb())).sort((a, b) => b.date - a.date).slice(0, SUGGESTED_EVENTS),
    [],
    [],
  );

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const who = askName ? name.trim() : '';
    if (askName && !who) return fail('name', t('panelNameRequired'));
    const parsed = QuickSaveInputSchema.safeParse({
      ...text,
      ...(text.nextStep.trim() ? { nextStepDue: dueIn(Number(days)) } : {}),
    });
    if (!parsed.success) return fail('where', t('panelWhereRequired'));
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(parsed.data, who, sameAs !== undefined && same);
    } catch (err) {
      setError({ field: 'where', text: t('saveFailed', err instanceof Error ? err.message : String(err)) });
      setBusy(false);
    }
  }

  function fail(field: 'name' | 'where', text: string) {
    setError({ field, text });
    form.current?.querySelector<HTMLInputElement>(`[name="${field}"]`)?.focus();
  }

  const errorId = `${id}-error`;
  const invalid = (field: 'name' | 'where') =>
    error?.field === field ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};

  return (
    <form
      ref={form}
      className="quick-save"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{t('panelQuickSaveHint')}</p>
      {sameAs && (
        <fieldset className="same-as">
          <legend>
            {sameAs.where
              ? t('panelNameMatchQuestion', sameAs.name, sameAs.where)
              : t('panelNameMatchQuestionNoPlace', sameAs.name)}
          </legend>
          <label className="check">
            <input type="radio" name="sameAs" value="yes" checked={same} onChange={() => setSame(true)} />
            <span>{t('panelSameAsYes', sameAs.name)}</span>
          </label>
          <label className="check">
            <input type="radio" name="sameAs" value="no" checked={!same} onChange={() => setSame(false)} />
            <span>{t('panelSameAsNo')}</span>
          </label>
        </fieldset>
      )}
      {askName && (
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('panelFieldName')}</label>
          <input
            id={`${id}-name`}
            name="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            aria-required="true"
            autoFocus
            {...invalid('name')}
          />
        </div>
      )}
      {FIELDS.map(([field, label], index) => (
        <div className="field" key={field}>
          <label htmlFor={`${id}-${field}`}>{t(label)}</label>
          <input
            id={`${id}-${field}`}
            name={field}
            value={text[field]}
            onChange={(e) => setText({ ...text, [field]: e.target.value })}
            autoComplete="off"
            autoFocus={!askName && index === 0}
            {...(field === 'where' && { list: `${id}-events`, 'aria-required': true, ...invalid('where') })}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-when`}>{t('panelFieldNextStepWhen')}</label>
        <select
          id={`${id}-when`}
          name="nextStepWhen"
          value={days}
          onChange={(e) => setDays(e.target.value as typeof days)}
        >
          {NEXT_STEP_WHEN.map(([days, label]) => (
            <option key={days} value={days}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      <datalist id={`${id}-events`}>
        {recent.map((event) => (
          <option key={event.id} value={event.name} />
        ))}
      </datalist>
      <ErrorAlert id={errorId} text={error?.text} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('saving') : t('panelSaveConversation')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('panelCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
