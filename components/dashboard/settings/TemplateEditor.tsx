import { useState, type FormEvent } from 'react';
import { getDb, snippets } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Snippet } from '@/lib/schemas/library';
import type { Template } from '@/lib/snippets';
import { offerUndo } from '../../undo/undo-store';
import { TemplateFields, templateProblems, type TemplateProblems } from './TemplateFields';

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
  const [problems, setProblems] = useState<TemplateProblems>({ body: [] });
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
    if (!stored) return;
    await snippets.remove(db, stored.id);
    const message = template.builtinId
      ? t('settingsTemplateRestored')
      : t('settingsTemplateDeleted', stored.title);
    offerUndo(message, () => snippets.restore(db, stored));
  }

  return (
    <form className="template-editor" onSubmit={(e) => void save(e)} noValidate>
      <TemplateFields title={title} onTitle={setTitle} body={body} onBody={setBody} problems={problems} />
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
