import { getLanguage, t, type MessageKey } from '@/lib/i18n';
import type { SuggestionKind } from '@/lib/give-first';
import type { Contact } from '@/lib/schemas/contact';
import { useGiveFirst } from './use-give-first';

const KIND_LABEL: Record<SuggestionKind, MessageKey> = {
  share: 'panelGiveShare',
  introduce: 'panelGiveIntroduce',
  review: 'panelGiveReview',
  recommend: 'panelGiveRecommend',
  congratulate: 'panelGiveCongratulate',
  help: 'panelGiveHelp',
};

/**
 * One thing to give this person now, straight from the give-first engine
 * (`lib/give-first`), with the engine's own reason.
 *
 * INTEGRATION POINT (give-first UI): when `components/give-first/SuggestionCard.tsx`
 * lands, render it here in place of the kind + reason below, so the panel
 * gets its done / not now / dismiss feedback and snippet filling.
 */
export function GiveFirstSuggestion({ contact }: { contact: Contact }) {
  const suggestion = useGiveFirst(contact);
  if (suggestion === undefined) return null;
  return (
    <section aria-labelledby="give-first-title" className="give-first">
      <h2 id="give-first-title">{t('panelGiveFirstTitle')}</h2>
      {suggestion ? (
        <div className="suggestion" data-testid="give-first">
          <p>
            <strong>{t(KIND_LABEL[suggestion.kind])}</strong>
          </p>
          <p>{suggestion.reason[getLanguage()]}</p>
        </div>
      ) : (
        <p className="muted">{t('panelGiveFirstEmpty')}</p>
      )}
    </section>
  );
}
