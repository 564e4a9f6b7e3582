import { useState } from 'react';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { eraseEverything } from './files';
import { TypedConfirm } from './TypedConfirm';

/** Delete everything Guild stores; it cannot be undone, so the word must be typed. */
export function EraseEverything() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  async function erase() {
    setBusy(true);
    try {
      await eraseEverything(getDb());
      setStatus(t('dataEraseDone'));
    } catch (e) {
      setStatus(t('dataEraseFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="danger-zone" aria-labelledby="erase-title">
      <h2 id="erase-title">{t('dataEraseTitle')}</h2>
      <p>{t('dataEraseHow')}</p>
      <TypedConfirm
        word={t('dataEraseWord')}
        prompt={t('dataErasePrompt', t('dataEraseWord'))}
        action={t('dataEraseAction')}
        busy={busy}
        onConfirm={() => void erase()}
      />
      <p role="status">{status}</p>
    </section>
  );
}
