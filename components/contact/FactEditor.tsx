import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import { labels, splitLabels } from '@/lib/schemas/common';
import { CircleSchema, type Circle, type Contact } from '@/lib/schemas/contact';
import { FormFooter } from '../dashboard/FormFooter';
import { saveFact, type EditableFact } from './contact-edits';
import { CIRCLE_LABEL, FACT_LABEL } from './fact-labels';

const CIRCLES: readonly Circle[] = ['close', 'active', 'acquaintance', 'dormant'];

/**
 * One of a saved person's facts edited in place, in the panel: the circle
 * (a select) or a list (tags, interests, projects, needs, offers: one
 * comma-separated field). Checked with the contact schema's own rules on
 * Save; Cancel or Escape leaves it as stored.
 */
export function FactEditor({
  contact,
  fact,
  onDone,
}: {
  contact: Contact & { id: number };
  fact: EditableFact;
  onDone: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(() => (fact === 'circle' ? contact.circle : contact[fact].join(', ')));
  const [error, setError] = useState<string>();
  const label = t(FACT_LABEL[fact]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = fact === 'circle' ? CircleSchema.safeParse(text) : labels.safeParse(splitLabels(text));
    if (!parsed.success) {
      setError(t('personErrorLabels'));
      return;
    }
    try {
      await saveFact(getDb(), contact.id, fact, parsed.data);
      onDone();
    } catch (e) {
      setError(t('personSaveFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onDone();
  }

  return (
    <form
      className="fact-editor"
      onSubmit={(e) => void save(e)}
      onKeyDown={onKeyDown}
      noValidate
      data-testid={`edit-${fact}`}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      {fact === 'circle' ? (
        <select id={id} value={text} autoFocus onChange={(e) => setText(e.target.value)}>
          {CIRCLES.map((c) => (
            <option key={c} value={c}>
              {t(CIRCLE_LABEL[c])}
            </option>
          ))}
        </select>
      ) : (
        <>
          <input
            id={id}
            value={text}
            autoFocus
            aria-describedby={`${id}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <p id={`${id}-hint`} className="hint muted small">
            {t('personListHint')}
          </p>
        </>
      )}
      <FormFooter error={error} onCancel={onDone} />
    </form>
  );
}
