import { getDb } from '@/lib/db';
import { recordSuggestionFeedback } from '@/lib/give-first';
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
  if (!data) return null;
  return (
    <SuggestionCard
      suggestions={data.suggestions}
      onFeedback={(s, state) => recordSuggestionFeedback(getDb(), s, state, now())}
      renderMessage={(s) => (
        <SuggestionMessage
          suggestion={s}
          index={data.index}
          inputs={data.inputs}
          {...(data.event ? { event: data.event } : {})}
          {...(writeClipboard ? { writeClipboard } : {})}
        />
      )}
    />
  );
}
