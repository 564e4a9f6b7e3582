import { lazy, Suspense } from 'react';

// The give-first card (engine, feedback, message composer) loads after the
// contact card's first paint: it is the heaviest part of the panel.
const GiveFirstPanel = lazy(() =>
  import('../give-first/GiveFirstPanel').then((m) => ({ default: m.GiveFirstPanel })),
);

/**
 * One thing to give this person now, with its reason, "another idea",
 * done / later / dismiss and the message to send: the give-first team's
 * drop-in card (`components/give-first/GiveFirstPanel`), live from the database.
 */
export function GiveFirstSuggestion({ contactId }: { contactId: number }) {
  return (
    <div data-testid="give-first">
      <Suspense fallback={null}>
        <GiveFirstPanel contactId={contactId} />
      </Suspense>
    </div>
  );
}
