import { useState } from 'react';
import { getDb, linkProfile, saveFromSnapshot } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { ProfileSnapshot } from '@/lib/profiles/snapshot';
import { useNameMatches } from '../quick-save/use-name-match';
import { ErrorAlert } from '../ErrorAlert';

/**
 * Someone saved by name (a quick note at an event) may be the person on
 * this profile: ask, and link them only when the user says yes.
 */
export function NameMatchPrompt({
  snapshot,
  onLinked,
}: {
  snapshot: ProfileSnapshot;
  onLinked: () => Promise<void>;
}) {
  const [dismissed, setDismissed] = useState<number[]>([]);
  const [error, setError] = useState<string>();
  const matches = useNameMatches(snapshot);
  const match = matches.find((c) => c.id !== undefined && !dismissed.includes(c.id));
  if (!match?.id) return null;
  const id = match.id;
  const where = match.howWeMet?.context;

  async function link() {
    try {
      await linkProfile(getDb(), id, snapshot.profile);
      // Now that the profile is theirs, the page's headline and company refresh the contact.
      await saveFromSnapshot(getDb(), snapshot);
      await onLinked();
    } catch (e) {
      setError(t('saveFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <div className="name-match" role="group" aria-labelledby="name-match-question">
      <p id="name-match-question">
        {where
          ? t('panelNameMatchQuestion', match.name, where)
          : t('panelNameMatchQuestionNoPlace', match.name)}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void link()}>
          {t('panelNameMatchYes')}
        </button>
        <button type="button" onClick={() => setDismissed((d) => [...d, id])}>
          {t('panelNameMatchNo')}
        </button>
      </div>
      <ErrorAlert text={error} />
    </div>
  );
}
