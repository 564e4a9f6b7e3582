import { useState, type FormEvent } from 'react';
import { getDb, snippets } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import type { Snippet } from '@/lib/schemas/library';
import { validateTemplate, type Template } from '@/lib/snippets';
import { FormField } from '../contacts/FormField';
import { offerUndo } from '../contacts/undo-store';

/** Problems with a template as sentences: a title, and a body the snippet parser accepts. */
export function templateProblems(title: string, body: string): { title?: string; body: string[] } {
  return {
    title: title.trim() ? undefined : t('settingsTemplateTitleRequired'),
    body: body.trim() ? validateTemplate(body, getLanguage()) : [t('settingsTemplateBodyRequired')],
  };
}

/** Store an edit of a template: a built-in's edit is a record with its `builtinId`. */
async function saveTemplate(template: Template, title: string, body: string): Promise<void> {
  const db = getDb();
  const updatedAt = Date.now();
  if (template.snippetId !== undefined)
    await snippets.update(db, template.snippetId, { title, body, updatedAt });
  else {
    const record: Omit<Snippet, 'id'> = {
      language: template.language,
      kind: template.kind,
      title,
      body,
      updatedAt,
    };
    await snippets.add(db, template.builtinId ? { ...record, builtinId: template.builtinId } : record);
  }
}

/** Edit one template; built-ins can be restored, the user's own deleted (both with Undo). */
export function TemplateEditor({ template }: { template: Template }) {
  const [title, setTitle] = useState(template.title);
  const [body, setBody] = useState(template.body);
  const [problems, setProblems] = useState<{ title?: string; body: string[] }>({ body: [] });
  const [status, setStatus] = useState<string>();

  async function save(event: FormEvent) {
    event.preventDefault();
    const found = templateProblems(title, body);
    setProblems(found);
    if (found.title || found.body.length) return setStatus(t('settingsTemplateInvalid'));
    await saveTemplate(template, title.trim(), body);
    setStatus(t('settingsTemplateSaved'));
  }

  async function removeRecord() {
    const db = getDb();
    const stored = template.snippetId === undefined ? undefined : await snippets.get(db, template.snippetId);
    if (!stored?.id) return;
    await snippets.remove(db, stored.id);
    const message = template.builtinId
      ? t('settingsTemplateRestored')
      : t('settingsTemplateDeleted', stored.title);
    offerUndo(message, () => db.snippets.put(stored));
  }

  return (
    <form className="template-editor" onSubmit={(e) => void save(e)} noValidate>
      <FormField label={t('settingsTemplateTitle')} error={problems.title}>
        {(a11y) => (
          <input {...a11y} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        )}
      </FormField>
      <FormField
        label={t('settingsTemplateBody')}
        hint={t('settingsTemplateBodyHint')}
        error={problems.body.length ? problems.body.join(' ') : undefined}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            value={body}
            rows={7}
            maxLength={5000}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </FormField>
      <div className="actions">
        <button type="submit" className="primary">
          {t('settingsTemplateSave')}
        </button>
        {template.snippetId !== undefined && (
          <button type="button" onClick={() => void removeRecord()}>
            {template.builtinId ? t('settingsTemplateRestore') : t('settingsTemplateDelete')}
          </button>
        )}
        <p role="status" className="muted">
          {status}
        </p>
      </div>
    </form>
  );
}
