import { lazy, Suspense } from 'react';
import { t } from '@/lib/i18n';
import type { EditableFact } from './contact-edits';
import { ADD_LABEL } from './fact-labels';

// The give-first card (engine, feedback, message composer) loads after the
// contact card's first paint: it is the heaviest part of the panel.
const GiveFirstPanel = lazy(() =>
  import('../give-first/GiveFirstPanel').then((m) => ({ default: m.GiveFirstPanel })),
);

/** What give-first matches: with none of it, there is nothing to suggest. */
const MATCHED = ['interests', 'projects', 'needs', 'offers'] as const;

/**
 * One thing to give this person now, with its reason, "another idea",
 * done / later / dismiss and the message to send: the give-first team's
 * drop-in card (`components/give-first/GiveFirstPanel`), live from the database.
 * With `onAdd` (the panel), an empty card offers to fill what give-first
 * matches right there, and `resourcesHref` to add a resource.
 */
export function GiveFirstSuggestion({
  contactId,
  onAdd,
  resourcesHref,
}: {
  contactId: number;
  onAdd?: (fact: EditableFact) => void;
  resourcesHref?: string;
}) {
  const emptyActions = onAdd && (
    <div className="actions" data-testid="give-first-empty-actions">
      {MATCHED.map((fact) => (
        <button key={fact} type="button" className="link-button" onClick={() => onAdd(fact)}>
          {t(ADD_LABEL[fact])}
        </button>
      ))}
      {resourcesHref && (
        <a className="button-link" href={resourcesHref} target="_blank" rel="noopener">
          {t('giveFirstAddResource')}
        </a>
      )}
    </div>
  );
  return (
    <div data-testid="give-first">
      <Suspense fallback={null}>
        <GiveFirstPanel contactId={contactId} emptyActions={emptyActions} />
      </Suspense>
    </div>
  );
}
