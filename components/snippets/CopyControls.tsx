import { t } from '@/lib/i18n';

export type CopyStatus =
  | { kind: 'idle' }
  | { kind: 'confirm-spam'; people: number }
  | { kind: 'copied' }
  | { kind: 'failed'; message: string };

/**
 * The Copy button and what it says back: a warning to confirm before sending
 * the same text to one person too many, then "Copied" in a live region so a
 * screen reader announces it.
 */
export function CopyControls({
  canCopy,
  status,
  onCopy,
  onCopyAnyway,
}: {
  canCopy: boolean;
  status: CopyStatus;
  onCopy: () => void;
  onCopyAnyway: () => void;
}) {
  return (
    <div className="copy-controls">
      {!canCopy && <p className="muted">{t('snippetMissingHint')}</p>}
      {status.kind === 'confirm-spam' ? (
        <div role="alert" className="warning">
          <p>{t('snippetSpamWarning', status.people)}</p>
          <button type="button" onClick={onCopyAnyway}>
            {t('snippetCopyAnyway')}
          </button>
        </div>
      ) : (
        <button type="button" className="primary" onClick={onCopy} disabled={!canCopy}>
          {t('snippetCopy')}
        </button>
      )}
      <p role="status" aria-live="polite" className="copy-status">
        {status.kind === 'copied'
          ? t('snippetCopied')
          : status.kind === 'failed'
            ? t('snippetCopyFailed', status.message)
            : ''}
      </p>
    </div>
  );
}
