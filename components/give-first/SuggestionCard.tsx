import { useId, useState, type ReactNode } from 'react';
import { getLanguage, t, type MessageKey } from '@/lib/i18n';
import type { Suggestion, SuggestionKind } from '@/lib/give-first';
import type { SuggestionState } from '@/lib/schemas/feedback';
import { SuggestionActions } from './SuggestionActions';
import { ErrorAlert } from '../ErrorAlert';

const KIND_LABEL: Record<SuggestionKind, MessageKey> = {
  share: 'giveFirstKindShare',
  introduce: 'giveFirstKindIntroduce',
  review: 'giveFirstKindReview',
  recommend: 'giveFirstKindRecommend',
  congratulate: 'giveFirstKindCongratulate',
  help: 'giveFirstKindHelp',
};

export interface SuggestionCardProps {
  /** Best first, from `suggestGiveFirst`. */
  suggestions: readonly Suggestion[];
  /** Dismiss, snooze or done; the card moves on once the list no longer holds the idea. */
  onFeedback: (suggestion: Suggestion, state: SuggestionState['state']) => Promise<void>;
  /** The ready message for an idea (e.g. a `SnippetComposer`). */
  renderMessage?: (suggestion: Suggestion) => ReactNode;
  /** Told when the user asks for another idea. */
  onAnother?: () => void;
  /**
   * With no idea: what the user can do about it, in place (the panel's
   * "Add their interests"…), said instead of the general advice.
   */
  emptyActions?: ReactNode;
}

/**
 * The top idea for one person, with its reason, "another idea" to go through
 * the others, dismiss / later / done, and the message ready to copy.
 */
export function SuggestionCard({
  suggestions,
  onFeedback,
  renderMessage,
  onAnother,
  emptyActions,
}: SuggestionCardProps) {
  const [position, setPosition] = useState(0);
  const [error, setError] = useState<string>();
  // Unique ids: the dashboard may show several cards on one page.
  const headingId = useId();
  const kindId = useId();
  if (suggestions.length === 0) {
    return (
      <section className="give-first" aria-labelledby={headingId}>
        <h2 id={headingId}>{t('giveFirstHeading')}</h2>
        <p className="muted">{t(emptyActions ? 'giveFirstNoneHere' : 'giveFirstNone')}</p>
        {emptyActions}
      </section>
    );
  }
  // The list shrinks when an idea is dismissed or done: stay within it.
  const current = position % suggestions.length;
  const suggestion = suggestions[current]!;
  const language = getLanguage();

  async function feedback(state: SuggestionState['state']) {
    setError(undefined);
    try {
      await onFeedback(suggestion, state);
    } catch (e) {
      setError(t('giveFirstFeedbackFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  return (
    <section className="give-first" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('giveFirstHeading')}</h2>
      <article aria-labelledby={kindId} data-suggestion={suggestion.key}>
        <h3 id={kindId}>{t(KIND_LABEL[suggestion.kind])}</h3>
        <p className="reason">{suggestion.reason[language]}</p>
        <p className="muted">{t('giveFirstPosition', current + 1, suggestions.length)}</p>
        <SuggestionActions
          canAdvance={suggestions.length > 1}
          onAnother={() => {
            onAnother?.();
            setPosition(current + 1);
          }}
          onFeedback={(state) => void feedback(state)}
        />
        <ErrorAlert text={error} />
        {renderMessage?.(suggestion)}
      </article>
    </section>
  );
}
