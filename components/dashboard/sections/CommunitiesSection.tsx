import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, communities, type Stored } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Community } from '@/lib/schemas/library';
import type { Route } from '../router';
import { CommunityCard } from '../communities/CommunityCard';
import { CommunityForm } from '../communities/CommunityForm';
import { LibrarySection } from './LibrarySection';

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
    <LibrarySection
      title={t('navCommunities')}
      intro={t('commIntro')}
      addLabel={t('commAdd')}
      editing={editing}
      onAdd={() => setEditing('new')}
      form={(initial) => <CommunityForm initial={initial} onDone={() => setEditing(undefined)} />}
      empty={items?.length === 0 && { text: t('commEmpty'), how: t('commEmptyHow') }}
    >
      <div className="cards">
        {items?.map((c) => (
          <CommunityCard key={c.id} community={c} now={now} onEdit={() => setEditing(c)} />
        ))}
      </div>
    </LibrarySection>
  );
}
