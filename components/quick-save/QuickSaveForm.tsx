import { useId, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { QuickSaveInputSchema, type QuickSaveInput } from '@/lib/quick-save';

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

/**
 * The short form filled right after a conversation. Only "where" is required
 * (and the name, when no profile is open); Enter anywhere saves. The first
 * field has focus as soon as the form shows, so the shortcut leads straight to typing.
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
  const [error, setError] = useState<{ field: 'name' | 'where'; text: string }>();
  const [busy, setBusy] = useState(false);
  const recent = useLiveQuery(
    async () => (await events.all(getDb())).sort((a, b) => b.date - a.date).slice(0, SUGGESTED_EVENTS),
    [],
    [],
  );

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const name = (data.name ?? '').trim();
    if (askName && !name) return fail('name', t('panelNameRequired'));
    const { nextStepWhen, sameAs: same, ...typed } = data;
    const days = Number(nextStepWhen ?? '1');
    const parsed = QuickSaveInputSchema.safeParse({
      ...typed,
      ...(typed.nextStep?.trim() ? { nextStepDue: dueIn(days) } : {}),
    });
    if (!parsed.success) return fail('where', t('panelWhereRequired'));
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(parsed.data, name, same === 'yes');
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
            <input type="radio" name="sameAs" value="yes" defaultChecked />
            <span>{t('panelSameAsYes', sameAs.name)}</span>
          </label>
          <label className="check">
            <input type="radio" name="sameAs" value="no" />
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
            autoComplete="off"
            aria-required="true"
            autoFocus
            {...invalid('name')}
          />
        </div>
      )}
      {FIELDS.map(([name, label], index) => (
        <div className="field" key={name}>
          <label htmlFor={`${id}-${name}`}>{t(label)}</label>
          <input
            id={`${id}-${name}`}
            name={name}
            autoComplete="off"
            autoFocus={!askName && index === 0}
            {...(name === 'where' && { list: `${id}-events`, 'aria-required': true, ...invalid('where') })}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-when`}>{t('panelFieldNextStepWhen')}</label>
        <select id={`${id}-when`} name="nextStepWhen" defaultValue="1">
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
      {error && (
        <p id={errorId} role="alert" className="error">
          {error.text}
        </p>
      )}
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
