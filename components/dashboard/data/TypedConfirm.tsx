import { useId, useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n';

/**
 * A destructive action that cannot be undone: the button works only once the
 * user has typed the word (e.g. DELETE / SUPPRIMER), exactly, any case.
 */
export function TypedConfirm({
  word,
  prompt,
  action,
  busy = false,
  onConfirm,
}: {
  word: string;
  prompt: string;
  action: string;
  busy?: boolean;
  onConfirm: () => void;
}) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const ok = typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (ok && !busy) {
      setTyped('');
      onConfirm();
    }
  }
  return (
    <form className="typed-confirm" onSubmit={submit}>
      <label htmlFor={id}>{prompt}</label>
      <input
        id={id}
        value={typed}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setTyped(e.target.value)}
      />
      <button type="submit" className="danger" disabled={!ok || busy}>
        {action}
      </button>
      <p className="muted">{t('dataTypedHint', word)}</p>
    </form>
  );
}
