import { useId } from 'react';
import { t } from '@/lib/i18n';

/**
 * The message as it will be copied, editable in place: what the box shows is
 * exactly what Copy puts on the clipboard. A plain textarea (never markup:
 * the text holds what the page and the user typed).
 */
export function MessageEditor({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const id = useId();
  // One row per line, so the whole message is visible without scrolling inside the box.
  const rows = Math.min(16, Math.max(4, value.split('\n').length + 1));
  return (
    <div className="field message-editor">
      <label htmlFor={id}>{t('snippetEditLabel')}</label>
      <textarea
        id={id}
        data-testid="message-editor"
        value={value}
        rows={rows}
        spellCheck
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
