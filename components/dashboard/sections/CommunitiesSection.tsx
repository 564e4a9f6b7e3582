import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, communities, type Stored } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Community } from '@/lib/schemas/library';
import type { Route } from '../router';
import { CommunityCard } from '../communities/CommunityCard';
import { CommunityForm } from '../communities/CommunityForm';
import { UndoToast } from '../../undo/UndoToast';

type Saved = Stored<Community>;

/**
 * The communities the user belongs to (Discord, Slack, meetups, forums,
 * associations), each on the guide's path from lurker to leader with the
 * current phase's actions as a checklist.
 */
export function CommunitiesSection(_props: { route: Route }) {
  const [editing, setEditing] = useState<Saved | 'new'>();
  const [now] = useState(() => Date.now());
  const items = useLiveQuery(() => communities.sorted(getDb(), 'name'), []);
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{t('navCommunities')}</h1>
      <p className="muted">{t('commIntro')}</p>
      {editing === undefined ? (
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {t('commAdd')}
        </button>
      ) : (
        <CommunityForm
          key={editing === 'new' ? 'new' : editing.id}
          initial={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(undefined)}
        />
      )}
      <UndoToast />
      {items?.length === 0 && editing === undefined && (
        <div className="empty-state">
          <p>{t('commEmpty')}</p>
          <p className="muted">{t('commEmptyHow')}</p>
        </div>
      )}
      <div className="cards">
        {items?.map((c) => (
          <CommunityCard key={c.id} community={c} now={now} onEdit={() => setEditing(c)} />
        ))}
      </div>
    </section>
  );
}
