import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { writeClipboard } from '../snippets/clipboard';

/**
 * The follow-up message, ready to paste into LinkedIn or X, with Copy one
 * click away. Shown as plain text (never markup: it holds what the user and
 * the page typed).
 */
export function FollowUpMessage({
  text,
  intro,
  tasks = [],
  onDone,
}: {
  text: string;
  intro?: string;
  tasks?: string[];
  onDone?: () => void;
}) {
  const id = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyText() {
    try {
      await writeClipboard(text);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section className="follow-up" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('panelFollowUpTitle')}</h2>
      {intro && <p>{intro}</p>}
      <div
        className="follow-up-text"
        data-testid="follow-up-text"
        tabIndex={0}
        aria-label={t('panelFollowUpTitle')}
      >
        {text}
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void copyText()}>
          {t('panelCopy')}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            {t('panelDone')}
          </button>
        )}
        <span role="status" className={copy === 'failed' ? 'error' : 'ok'}>
          {copy === 'copied' ? t('panelCopied') : copy === 'failed' ? t('panelCopyFailed') : ''}
        </span>
      </div>
      {tasks.length > 0 && (
        <>
          <h3>{t('panelFollowUpsCreated')}</h3>
          <ul className="plain-list">
            {tasks.map((task) => (
              <li key={task}>{task}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
