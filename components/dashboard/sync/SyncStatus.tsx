import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format';
import { sendMessage } from '@/lib/messaging';
import { setPaused, turnOff, type SyncState } from '@/lib/sync';
import { ERROR_WORDS } from './sync-words';

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString(getLanguage(), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** Changes not on the server yet: edits not folded, and documents not sent. */
async function pendingCount(): Promise<{ pending: number; duplicates: number }> {
  const db = getDb();
  const [changes, documents, duplicates] = await Promise.all([
    db.syncChanges.count(),
    db.syncRecords.where('pending').equals(1).count(),
    db.syncRecords.where('parked').equals('duplicate').count(),
  ]);
  return { pending: changes + documents, duplicates };
}

/** Sync is on: what happened last, what waits, what went wrong (in words), and the controls. */
export function SyncStatus({ state }: { state: SyncState }) {
  const counts = useLiveQuery(pendingCount, [], { pending: 0, duplicates: 0 });
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();

  async function syncNow() {
    setBusy(true);
    setNote(t('syncSyncing'));
    const answer = await sendMessage({ type: 'sync:now' }).catch(() => ({ ok: false }));
    setNote(answer.ok ? t('syncDone') : undefined);
    setBusy(false);
  }

  async function togglePause() {
    await setPaused(getDb(), !state.paused);
    if (state.paused) await sendMessage({ type: 'sync:now' }).catch(() => undefined);
  }

  async function off() {
    await turnOff(getDb());
    await sendMessage({ type: 'sync:now' }).catch(() => undefined); // clears the alarm
  }

  return (
    <section aria-labelledby="sync-status-title" className="sync-status">
      <h2 id="sync-status-title">{t('syncStatusOn', new URL(state.url).origin)}</h2>
      <ul className="plain" data-testid="sync-status">
        {state.paused && <li>{t('syncStatusPaused')}</li>}
        <li>
          {state.lastSyncAt !== undefined
            ? t('syncLastSync', `${formatDate(state.lastSyncAt)} ${clock(state.lastSyncAt)}`)
            : t('syncNeverSynced')}
        </li>
        <li>{t('syncPending', counts.pending)}</li>
        {state.error && (
          <li className="error" role="alert">
            {t(ERROR_WORDS[state.error])}
            {state.retryAt !== undefined && ` ${t('syncRetryAt', clock(state.retryAt))}`}
          </li>
        )}
        {state.newer > 0 && <li className="warning">{t('syncNewer', state.newer)}</li>}
        {counts.duplicates > 0 && <li className="warning">{t('syncDuplicates', counts.duplicates)}</li>}
      </ul>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void syncNow()}
          disabled={busy || state.paused}
        >
          {t('syncNow')}
        </button>
        <button type="button" onClick={() => void togglePause()}>
          {state.paused ? t('syncResume') : t('syncPause')}
        </button>
        <button type="button" onClick={() => void off()}>
          {t('syncTurnOff')}
        </button>
        <p role="status" className="muted">
          {note}
        </p>
      </div>
      <p className="muted">{t('syncTurnOffNote')}</p>
    </section>
  );
}
