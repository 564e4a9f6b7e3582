import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useQuickSaveRequest, type QuickSaveRequest } from '../quick-save/quick-save-request';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, findByProfileKey, saveFromSnapshot } from '@/lib/db';
import type { ProfileSnapshot } from '@/lib/profiles/snapshot';
import { ProfileHeader } from './ProfileHeader';
import { UnsavedProfile } from './UnsavedProfile';
import { ContactCard } from './ContactCard';
import { LazyQuickSaveFlow } from './lazy-views';

/**
 * The person on the page: new (save, or quick-save after a conversation) or
 * already saved (their card). `quickSave` is the shortcut's request for the form.
 */
export function ProfileView({
  snapshot,
  onSaved,
  quickSave,
}: {
  snapshot: ProfileSnapshot;
  onSaved: () => Promise<void>;
  quickSave?: QuickSaveRequest;
}) {
  const key = snapshot.profile.key;
  const saved = useLiveQuery(() => findByProfileKey(getDb(), key), [key], null);
  const [formOpen, setFormOpen] = useState(false);

  // A saved person's visit refreshes their record from the page, once per
  // read: that is when news (a new job, a new headline) is noticed.
  const refreshed = useRef<ProfileSnapshot>(undefined);
  const isSaved = !!saved;
  useEffect(() => {
    if (!isSaved || refreshed.current === snapshot) return;
    refreshed.current = snapshot;
    void saveFromSnapshot(getDb(), snapshot).catch(() => undefined);
  }, [isSaved, snapshot]);

  useQuickSaveRequest(
    quickSave,
    useCallback(() => setFormOpen(true), []),
  );

  return (
    <article className="profile" aria-labelledby="person-name">
      <ProfileHeader
        name={saved?.name ?? snapshot.name}
        headline={snapshot.headline}
        company={snapshot.company}
      />
      {saved === null ? null : formOpen ? (
        <Suspense fallback={null}>
          <LazyQuickSaveFlow
            who={{ kind: 'snapshot', snapshot, ...(saved && { contact: saved }) }}
            onSaved={onSaved}
            onClose={() => setFormOpen(false)}
          />
        </Suspense>
      ) : saved ? (
        <ContactCard contact={saved} onQuickSave={() => setFormOpen(true)} onChanged={onSaved} />
      ) : (
        <UnsavedProfile snapshot={snapshot} onSaved={onSaved} onQuickSave={() => setFormOpen(true)} />
      )}
    </article>
  );
}
