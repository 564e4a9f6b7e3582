import { getLanguage, t } from '@/lib/i18n';
import { placeholderLabel, type Segment } from '@/lib/snippets';

/**
 * The message as it will be copied. Every piece is rendered as React text
 * (never markup: values come from scraped profiles). An empty placeholder
 * shows its label, marked, so the user sees the hole; it is never copied.
 */
export function MessagePreview({ segments }: { segments: readonly Segment[] }) {
  const language = getLanguage();
  return (
    <div
      className="message-preview"
      role="group"
      aria-label={t('snippetPreview')}
      style={{ whiteSpace: 'pre-wrap' }}
    >
      {segments.map((s, i) =>
        s.type === 'missing' ? (
          <mark key={i} className="missing" data-placeholder={s.name}>
            {`[${placeholderLabel(s.name, language)}]`}
          </mark>
        ) : (
          <span key={i} className={s.type === 'filled' ? 'filled' : undefined}>
            {s.text}
          </span>
        ),
      )}
    </div>
  );
}
