import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, resources, type Stored } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Resource } from '@/lib/schemas/library';
import type { Route } from '../router';
import { ResourceForm } from '../resources/ResourceForm';
import { ResourceItem } from '../resources/ResourceItem';
import { deleteWithUndo } from '../../undo/undo-store';
import { UndoToast } from '../../undo/UndoToast';

type Saved = Stored<Resource>;

/** The filter as the user types: by title or tag, ignoring case; an empty filter keeps everything. */
function matches(r: Resource, q: string): boolean {
  const needle = q.trim().toLowerCase();
  return (
    !needle ||
    r.title.toLowerCase().includes(needle) ||
    r.tags.some((tag) => tag.toLowerCase().includes(needle))
  );
}

/**
 * The library of things worth sharing (articles, talks, tools), with tags,
 * and for each the people it fits — the guide's "give first".
 */
export function ResourcesSection(_props: { route: Route }) {
  const [editing, setEditing] = useState<Saved | 'new'>();
  const [filter, setFilter] = useState('');
  // Newest first.
  const all = useLiveQuery(() => resources.sorted(getDb(), 'addedAt', { reverse: true }), []);
  const shown = all?.filter((r) => matches(r, filter));

  const remove = (r: Saved) => deleteWithUndo(resources, getDb(), r, t('dashDeleted', r.title));

  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navResources')}</h1>
      <p className="muted">{t('resIntro')}</p>
      {editing === undefined ? (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('resAdd')}
        </button>
      ) : (
        <ResourceForm
          key={editing === 'new' ? 'new' : editing.id}
          initial={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(undefined)}
        />
      )}
      <UndoToast />
      {all?.length === 0 && editing === undefined && (
        <div className="empty-state">
          <p>{t('resEmpty')}</p>
          <p className="muted">{t('resEmptyHow')}</p>
        </div>
      )}
      {!!all?.length && (
        <>
          <label className="filter">
            {t('resFilter')}
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
          </label>
          {shown?.length === 0 && <p className="muted">{t('resFilterNone')}</p>}
          <ul className="cards plain" aria-label={t('resListLabel')}>
            {shown?.map((r) => (
              <ResourceItem
                key={r.id}
                resource={r}
                onEdit={() => setEditing(r)}
                onDelete={() => void remove(r)}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
