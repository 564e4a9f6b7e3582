import { useEffect, useState, type ReactNode } from 'react';
import { onUpgradeProgress, openDatabase, type MigrationProgress, type OpenResult } from '@/lib/db';
import { t } from '@/lib/i18n';
import { formatNumber } from '@/lib/i18n/format';

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
  subscribe = onUpgradeProgress,
}: {
  children: ReactNode;
  /** Injected by tests. */
  open?: () => Promise<OpenResult>;
  subscribe?: (listener: (progress: MigrationProgress) => void) => () => void;
}) {
  const [result, setResult] = useState<OpenResult>();
  const [attempt, setAttempt] = useState(0);
  const [progress, setProgress] = useState<MigrationProgress>();
  useEffect(() => {
    let live = true;
    const stop = subscribe((p) => live && setProgress(p));
    void open().then((r) => live && setResult(r));
    return () => {
      live = false;
      stop();
    };
  }, [open, subscribe, attempt]);

  // A large upgrade takes a while (about a minute at 100,000 contacts): say what is happening.
  if (!result && progress) {
    return (
      <section aria-labelledby="db-upgrading-title" className="db-upgrading">
        <h1 id="db-upgrading-title">{t('dbUpgradingTitle')}</h1>
        <progress max={progress.total} value={progress.done} aria-labelledby="db-upgrading-title" />
        <p role="status">
          {t('dbUpgradingProgress', formatNumber(progress.done), formatNumber(progress.total))}
        </p>
      </section>
    );
  }
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
