import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, resources, type Stored } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Resource } from '@/lib/schemas/library';
import type { Route } from '../router';
import { ResourceForm } from '../resources/ResourceForm';
import { ResourceItem } from '../resources/ResourceItem';
import { deleteWithUndo } from '../../undo/undo-store';
import { LibrarySection } from './LibrarySection';

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
    <LibrarySection
      title={t('navResources')}
      intro={t('resIntro')}
      addLabel={t('resAdd')}
      editing={editing}
      onAdd={() => setEditing('new')}
      form={(initial) => <ResourceForm initial={initial} onDone={() => setEditing(undefined)} />}
      empty={all?.length === 0 && { text: t('resEmpty'), how: t('resEmptyHow') }}
    >
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
    </LibrarySection>
  );
}
