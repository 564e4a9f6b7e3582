import { t } from '@/lib/i18n';
import type { SuggestionState } from '@/lib/schemas/feedback';

/** The card's buttons: real `<button>`s, so Tab and Enter work and each has a name. */
export function SuggestionActions({
  canAdvance,
  onAnother,
  onFeedback,
}: {
  canAdvance: boolean;
  onAnother: () => void;
  onFeedback: (state: SuggestionState['state']) => void;
}) {
  return (
    <div className="actions" role="group" aria-label={t('giveFirstHeading')}>
      <button
        type="button"
        className="primary"
        title={t('giveFirstDoneTitle')}
        onClick={() => onFeedback('done')}
      >
        {t('giveFirstDone')}
      </button>
      <button type="button" onClick={onAnother} disabled={!canAdvance}>
        {t('giveFirstAnother')}
      </button>
      <button type="button" onClick={() => onFeedback('snoozed')}>
        {t('giveFirstSnooze')}
      </button>
      <button type="button" onClick={() => onFeedback('dismissed')}>
        {t('giveFirstDismiss')}
      </button>
    </div>
  );
}
