import { useState, type ReactNode } from 'react';
import { getDb } from '@/lib/db';
import { recordSuggestionFeedback } from '@/lib/give-first';
import type { WriteClipboard } from '../snippets/clipboard';
import { SuggestionCard } from './SuggestionCard';
import { SuggestionMessage } from './SuggestionMessage';
import { useGiveFirst } from './use-give-first';

/**
 * Drop-in for the side panel (and a contact's page in the dashboard): the
 * give-first card for one saved person, wired to the database. Copy logs
 * nothing; "Sent" after Copy, or "Done", logs the gift; dismiss and later keep
 * the idea away for a while.
 */
export function GiveFirstPanel({
  contactId,
  writeClipboard,
  now = Date.now,
  emptyActions,
}: {
  contactId: number;
  writeClipboard?: WriteClipboard;
  now?: () => number;
  /** With no idea to give: buttons that fill what give-first needs, in place. */
  emptyActions?: ReactNode;
}) {
  const data = useGiveFirst(contactId, now);
  // "Sent" logs the gift, which retires the idea and re-ranks the others at
  // once (their reasons say it was today); this line says what was recorded.
  const [sent, setSent] = useState<{ contactId: number; text: string }>();
  if (!data) return null;
  return (
    <>
      {sent?.contactId === contactId && (
        <p role="status" className="ok" data-testid="give-first-sent">
          {sent.text}
        </p>
      )}
      <SuggestionCard
        suggestions={data.suggestions}
        onFeedback={async (s, state) => {
          setSent(undefined);
          await recordSuggestionFeedback(getDb(), s, state, now());
        }}
        onAnother={() => setSent(undefined)}
        emptyActions={emptyActions}
        renderMessage={(s) => (
          <SuggestionMessage
            suggestion={s}
            index={data.index}
            inputs={data.inputs}
            {...(data.event ? { event: data.event } : {})}
            {...(writeClipboard ? { writeClipboard } : {})}
            onSent={(text) => setSent({ contactId, text })}
            now={now}
          />
        )}
      />
    </>
  );
}
