import { useState } from 'react';
import { getDb } from '@/lib/db';
import { recordSuggestionFeedback, type Suggestion } from '@/lib/give-first';
import type { WriteClipboard } from '../snippets/clipboard';
import { SuggestionCard } from './SuggestionCard';
import { SuggestionMessage } from './SuggestionMessage';
import { useGiveFirst } from './use-give-first';

/**
 * Drop-in for the side panel (and a contact's page in the dashboard): the
 * give-first card for one saved person, wired to the database. "Done" logs
 * the gift; dismiss and later keep the idea away for a while.
 */
export function GiveFirstPanel({
  contactId,
  writeClipboard,
  now = Date.now,
}: {
  contactId: number;
  writeClipboard?: WriteClipboard;
  now?: () => number;
}) {
  const data = useGiveFirst(contactId, now);
  // Copying logs the gift, which retires the idea at once; keep it on screen
  // (with its "Copied" confirmation) until the user moves on.
  const [pinned, setPinned] = useState<Suggestion>();
  if (!data) return null;
  const keep = pinned?.contactId === contactId && !data.suggestions.some((s) => s.key === pinned.key);
  const suggestions = keep && pinned ? [pinned, ...data.suggestions] : data.suggestions;
  return (
    <SuggestionCard
      suggestions={suggestions}
      onFeedback={async (s, state) => {
        setPinned(undefined);
        await recordSuggestionFeedback(getDb(), s, state, now());
      }}
      onAnother={() => setPinned(undefined)}
      renderMessage={(s) => (
        <SuggestionMessage
          suggestion={s}
          index={data.index}
          inputs={data.inputs}
          {...(data.event ? { event: data.event } : {})}
          {...(writeClipboard ? { writeClipboard } : {})}
          onCopied={() => setPinned(s)}
        />
      )}
    />
  );
}
