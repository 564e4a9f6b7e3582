import { useId } from 'react';
import { t } from '@/lib/i18n';
import type { Template } from '@/lib/snippets';

/** A labelled native select: keyboard and screen-reader friendly for free. */
export function TemplatePicker({
  templates,
  value,
  onChange,
}: {
  templates: readonly Template[];
  value: string;
  onChange: (ref: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('snippetTemplate')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {templates.map((tpl) => (
          <option key={tpl.ref} value={tpl.ref}>
            {tpl.title}
          </option>
        ))}
      </select>
    </div>
  );
}
