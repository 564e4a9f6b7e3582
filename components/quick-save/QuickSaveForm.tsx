import { useId, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { QuickSaveInputSchema, type QuickSaveInput } from '@/lib/quick-save';

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
  onSubmit,
  onCancel,
}: {
  title: string;
  askName?: boolean;
  onSubmit: (input: QuickSaveInput, name: string) => Promise<void>;
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
    const parsed = QuickSaveInputSchema.safeParse(data);
    if (!parsed.success) return fail('where', t('panelWhereRequired'));
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(parsed.data, name);
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
