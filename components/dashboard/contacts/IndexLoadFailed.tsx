import { t } from '@/lib/i18n';

/**
 * The search index could not be read: said in words, with what went wrong and
 * a way to try again — never "Loading…" forever, never "no contacts" or no
 * match. The address book and the merge box's search both show it.
 */
export function IndexLoadFailed({ detail, onRetry }: { detail: string; onRetry: () => void }) {
  return (
    <div className="error" role="alert" data-testid="index-load-failed">
      <p>{t('bookLoadFailed')}</p>
      <p className="muted">{t('bookLoadFailedDetail', detail)}</p>
      <button type="button" onClick={onRetry}>
        {t('bookLoadRetry')}
      </button>
    </div>
  );
}
