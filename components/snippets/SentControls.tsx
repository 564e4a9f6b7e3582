import { useState } from 'react';
import { t } from '@/lib/i18n';

/**
 * After Copy: copying is not giving, so the history changes only when the
 * user says the message went out. One click "Sent" records it; "Not now"
 * records nothing.
 */
export function SentControls({
  onSent,
  onNotNow,
}: {
  /** Record the message as sent; the promise rejects when it could not be stored. */
  onSent: () => Promise<void>;
  onNotNow: () => void;
}) {
  const [state, setState] = useState<'asking' | 'saving' | 'sent' | 'failed'>('asking');
  const [error, setError] = useState('');

  async function sent() {
    setState('saving');
    try {
      await onSent();
      setState('sent');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setState('failed');
    }
  }

  if (state === 'sent') {
    return (
      <p role="status" className="ok">
        {t('snippetSentLogged')}
      </p>
    );
  }
  return (
    <div className="sent-controls" role="group" aria-label={t('snippetSentQuestion')}>
      <p>{t('snippetSentQuestion')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void sent()} disabled={state === 'saving'}>
          {t('snippetSent')}
        </button>
        <button type="button" onClick={onNotNow} disabled={state === 'saving'}>
          {t('snippetNotNow')}
        </button>
      </div>
      {state === 'failed' && (
        <p role="alert" className="error">
          {t('saveFailed', error)}
        </p>
      )}
    </div>
  );
}
