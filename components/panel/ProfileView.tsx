import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useQuickSaveRequest, type QuickSaveRequest } from '../quick-save/quick-save-request';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  getDb,
  findByProfileKey,
  saveFromSnapshot,
  applyCorrections,
  correctContact,
  type Corrections,
} from '@/lib/db';
import type { ProfileSnapshot } from '@/lib/profiles/snapshot';
import { ProfileHeader } from './ProfileHeader';
import { CorrectFields, type ReadValues } from './CorrectFields';
import { UnsavedProfile } from './UnsavedProfile';
import { ContactCard } from './ContactCard';
import { LazyQuickSaveFlow } from './lazy-views';

/** The read fields of a contact or a snapshot. */
function readValues(from: ReadValues & { name: string }): ReadValues & { name: string } {
  const { name, headline, company, position, location } = from;
  return { name, headline, company, position, location };
}

/**
 * The person on the page: new (save, or quick-save after a conversation) or
 * already saved (their card). Every read field can be corrected in place,
 * before saving (kept here, applied by the save) or after (stored at once);
 * either way a later read never overwrites it. `quickSave` is the
 * shortcut's request for the form.
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
  // Typed over the read before the first save.
  const [corrections, setCorrections] = useState<Corrections>({});
  const [correcting, setCorrecting] = useState(false);
  const shown = saved ? readValues(saved) : applyCorrections(readValues(snapshot), corrections).fields;

  async function correct(changes: Corrections) {
    if (saved?.id !== undefined) await correctContact(getDb(), saved.id, changes);
    else setCorrections((before) => ({ ...before, ...changes }));
    setCorrecting(false);
  }

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
        fields={shown}
        onCorrect={correcting || saved === null ? undefined : () => setCorrecting(true)}
      />
      {correcting && (
        <CorrectFields values={shown} onSubmit={correct} onCancel={() => setCorrecting(false)} />
      )}
      {saved === null ? null : formOpen ? (
        <Suspense fallback={null}>
          <LazyQuickSaveFlow
            who={{ kind: 'snapshot', snapshot, ...(saved ? { contact: saved } : { corrections }) }}
            onSaved={onSaved}
            onClose={() => setFormOpen(false)}
          />
        </Suspense>
      ) : saved ? (
        <ContactCard contact={saved} onQuickSave={() => setFormOpen(true)} onChanged={onSaved} />
      ) : (
        <UnsavedProfile
          snapshot={snapshot}
          corrections={corrections}
          onSaved={onSaved}
          onQuickSave={() => setFormOpen(true)}
        />
      )}
    </article>
  );
}
