import { useState, type FormEvent } from 'react';
import { getDb, resources } from '@/lib/db';
import { t } from '@/lib/i18n';
import { withoutUndefined } from '@/lib/schemas/common';
import { ResourceSchema, type Resource } from '@/lib/schemas/library';
import { parseTags, tagsText } from './tags';
import { FormFooter } from '../FormFooter';

type Saved = Resource & { id: number };

/** Add or edit a resource worth sharing: its link, title, tags (what it is about) and a note. */
export function ResourceForm({ initial, onDone }: { initial?: Saved; onDone: () => void }) {
  const [url, setUrl] = useState(initial?.url ?? '');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [tags, setTags] = useState(tagsText(initial?.tags ?? []));
  const [note, setNote] = useState(initial?.note ?? '');
  const [error, setError] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = ResourceSchema.safeParse(
      withoutUndefined({
        url: url.trim(),
        title: title.trim(),
        tags: parseTags(tags),
        note: note.trim() || undefined,
        addedAt: initial?.addedAt ?? Date.now(),
      }),
    );
    if (!parsed.success) return setError(t('resFormInvalid'));
    const db = getDb();
    await resources.save(db, { ...parsed.data, id: initial?.id });
    onDone();
  };

  return (
    <form className="dash-form" onSubmit={(e) => void submit(e)} aria-labelledby="res-form-title">
      <h2 id="res-form-title">{t(initial ? 'resEditTitle' : 'resAddTitle')}</h2>
      <label>
        {t('resUrl')}
        <input
          type="url"
          required
          placeholder="https://"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <label>
        {t('resTitle')}
        <input required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('dashTags')}
        <input value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby="res-tags-hint" />
      </label>
      <p id="res-tags-hint" className="muted">
        {t('resTagsHint')}
      </p>
      <label>
        {t('resNote')}
        <textarea maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <FormFooter error={error} onCancel={onDone} />
    </form>
  );
}
