import { useState, type FormEvent } from 'react';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { CircleSchema } from '@/lib/schemas/contact';
import { addTag, deleteMany, setCircle, validTag, type Undo } from './bulk-actions';
import { circleLabel } from './labels';
import { offerUndo } from '../../undo/undo-store';
import { ErrorAlert } from '../../ErrorAlert';
import { CircleOptions } from './CircleOptions';

/** Actions on the selected people: tag, move to a circle, delete — each with Undo. */
export function BulkBar({ ids, onDone }: { ids: readonly number[]; onDone: (clear: boolean) => void }) {
  const [tag, setTag] = useState('');
  const [circle, setCircleValue] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<Undo>, message: string, clear: boolean) {
    setBusy(true);
    setError(undefined);
    try {
      offerUndo(message, await action());
      onDone(clear);
    } catch (e) {
      setError(t('bookBulkFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  function onTag(event: FormEvent) {
    event.preventDefault();
    const valid = validTag(tag);
    if (!valid) return setError(t('bookBulkTagInvalid'));
    setTag('');
    void run(() => addTag(getDb(), ids, valid), t('bookBulkTagged', ids.length, valid), false);
  }

  function onCircle(event: FormEvent) {
    event.preventDefault();
    const parsed = CircleSchema.safeParse(circle);
    if (!parsed.success) return setError(t('bookBulkCircleMissing'));
    const label = circleLabel(parsed.data);
    void run(() => setCircle(getDb(), ids, parsed.data), t('bookBulkMoved', ids.length, label), false);
  }

  return (
    <div className="bulk-bar" role="region" aria-label={t('bookBulkLabel')}>
      <p>
        <strong>{t('bookSelected', ids.length)}</strong>{' '}
        <button type="button" onClick={() => onDone(true)}>
          {t('bookClearSelection')}
        </button>
      </p>
      <form onSubmit={onTag}>
        <label>
          <span>{t('bookBulkTag')}</span>
          <input value={tag} onChange={(e) => setTag(e.target.value)} maxLength={100} />
        </label>
        <button type="submit" disabled={busy}>
          {t('bookBulkTagApply')}
        </button>
      </form>
      <form onSubmit={onCircle}>
        <label>
          <span>{t('bookBulkCircle')}</span>
          <select value={circle} onChange={(e) => setCircleValue(e.target.value)}>
            <option value="">—</option>
            <CircleOptions />
          </select>
        </label>
        <button type="submit" disabled={busy}>
          {t('bookBulkCircleApply')}
        </button>
      </form>
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => void run(() => deleteMany(getDb(), ids), t('bookBulkDeleted', ids.length), true)}
      >
        {t('bookBulkDelete', ids.length)}
      </button>
      <ErrorAlert text={error} />
    </div>
  );
}
