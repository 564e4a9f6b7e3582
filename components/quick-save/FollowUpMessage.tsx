import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { writeClipboard } from '../snippets/clipboard';
import { MessageEditor } from '../snippets/MessageEditor';
import { SentControls } from '../snippets/SentControls';

/**
 * The follow-up message, ready to paste into LinkedIn or X: editable in
 * place, and Copy copies exactly what the box shows. Copying logs nothing;
 * after Copy, "Sent" records it (`onSent`), "Not now" does not.
 */
export function FollowUpMessage({
  text: initial,
  intro,
  tasks = [],
  onDone,
  onSent,
}: {
  text: string;
  intro?: string;
  tasks?: string[];
  onDone?: () => void;
  /** Record the message as sent (history and the tasks it fulfils). */
  onSent?: () => Promise<void>;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [copies, setCopies] = useState(0);
  // Once recorded, a second copy does not ask again: one conversation, one follow-up in the history.
  const [sent, setSent] = useState(false);

  async function copyText() {
    try {
      await writeClipboard(text);
      setCopy('copied');
      setCopies((n) => n + 1);
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section className="follow-up" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('panelFollowUpTitle')}</h2>
      {intro && <p>{intro}</p>}
      <MessageEditor
        value={text}
        onChange={(next) => {
          setText(next);
          setCopy('idle');
        }}
      />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void copyText()} disabled={!text.trim()}>
          {t('panelCopy')}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            {t('panelCloseMessage')}
          </button>
        )}
        <span role="status" className={copy === 'failed' ? 'error' : 'ok'}>
          {copy === 'copied' ? t('panelCopied') : copy === 'failed' ? t('panelCopyFailed') : ''}
        </span>
      </div>
      {sent ? (
        <p role="status" className="ok">
          {t('snippetSentLogged')}
        </p>
      ) : (
        copy === 'copied' &&
        onSent && (
          <SentControls
            key={copies}
            onSent={async () => {
              await onSent();
              setSent(true);
            }}
            onNotNow={() => setCopy('idle')}
          />
        )
      )}
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
