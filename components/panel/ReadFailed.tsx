import { useState } from 'react';
import { getDb, saveFromSnapshot } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { ProfileRef } from '@/lib/profiles';
import { ErrorAlert } from '../ErrorAlert';

/** The page could not be read: say so, and offer what the URL alone allows. */
export function ReadFailed({
  profile,
  onRetry,
  onSaved,
}: {
  profile: ProfileRef;
  onRetry: () => void;
  onSaved: () => Promise<void>;
}) {
  const [error, setError] = useState<string>();
  const label = profile.site === 'x' ? `@${profile.handle}` : profile.handle;

  async function saveFromUrl() {
    try {
      await saveFromSnapshot(getDb(), { profile, name: label, sources: { name: 'url' }, readAt: Date.now() });
      await onSaved();
    } catch (e) {
      setError(t('saveFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <section aria-labelledby="read-failed-title" className="read-failed">
      <h1 id="read-failed-title">{t('readFailedTitle')}</h1>
      <p>{t('readFailedBody')}</p>
      <div className="actions">
        <button type="button" onClick={() => void saveFromUrl()}>
          {t('saveFromUrl', label)}
        </button>
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      </div>
      <ErrorAlert text={error} />
    </section>
  );
}
