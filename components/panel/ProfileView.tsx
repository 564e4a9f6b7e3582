import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, findByProfileKey, saveFromSnapshot } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { ProfileSnapshot } from '@/lib/profiles/snapshot';
import { Avatar } from '../Avatar';

/** The person on the page: who they are, and whether they are in the address book. */
export function ProfileView({
  snapshot,
  onSaved,
}: {
  snapshot: ProfileSnapshot;
  onSaved: () => Promise<void>;
}) {
  const saved = useLiveQuery(
    () => findByProfileKey(getDb(), snapshot.profile.key),
    [snapshot.profile.key],
    null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function save() {
    setBusy(true);
    setError(undefined);
    try {
      await saveFromSnapshot(getDb(), snapshot);
      await onSaved();
    } catch (e) {
      setError(t('saveFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="profile" aria-labelledby="person-name">
      <header className="profile-head">
        <Avatar name={snapshot.name} />
        <div>
          <h1 id="person-name">{snapshot.name}</h1>
          {snapshot.headline && <p className="headline">{snapshot.headline}</p>}
          {snapshot.company && <p className="muted">{snapshot.company}</p>}
        </div>
      </header>
      {saved === null ? null : saved ? (
        <p className="status saved" data-testid="saved-status">
          {t('savedStatus')} · {t('savedOn', new Date(saved.createdAt).toLocaleDateString())}
        </p>
      ) : (
        <div className="actions">
          <p className="status" data-testid="saved-status">
            {t('newStatus')}
          </p>
          <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
            {busy ? t('saving') : t('saveContact')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </article>
  );
}
