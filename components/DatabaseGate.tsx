import { useEffect, useState, type ReactNode } from 'react';
import { openDatabase, type OpenResult } from '@/lib/db';
import { t } from '@/lib/i18n';

type Failure = Extract<OpenResult, { ok: false }>;

function explain(failure: Failure): string {
  switch (failure.kind) {
    case 'upgrade-failed':
      return t('dbUpgradeFailed', failure.message);
    case 'version-too-new':
      return t('dbVersionTooNew');
    case 'blocked':
      return t('dbBlocked');
    default:
      return t('dbUnavailable', failure.message);
  }
}

/**
 * Opens (and if needed upgrades) the database before the app renders. A
 * failed upgrade leaves the data as it was and is explained here, instead of
 * every view failing on its own.
 */
export function DatabaseGate({
  children,
  open = openDatabase,
}: {
  children: ReactNode;
  /** Injected by tests. */
  open?: () => Promise<OpenResult>;
}) {
  const [result, setResult] = useState<OpenResult>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void open().then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [open, attempt]);

  if (!result) return null;
  if (result.ok) return children;
  return (
    <section role="alert" aria-labelledby="db-failed-title" className="db-failed">
      <h1 id="db-failed-title">{t('dbOpenFailedTitle')}</h1>
      <p className="error">{explain(result)}</p>
      <button type="button" onClick={() => setAttempt((n) => n + 1)}>
        {t('dbRetry')}
      </button>
    </section>
  );
}
