import { useLiveQuery } from 'dexie-react-hooks';
import { deleteInteraction, getDb, interactionsOf } from '@/lib/db';
import { t, type MessageKey } from '@/lib/i18n';
import { archiveFactText } from '@/lib/io/archive/fact-text';
import type { Interaction, InteractionKind } from '@/lib/schemas/interaction';
import { restoreInteraction } from './contact-edits';
import { offerUndo } from '../undo/undo-store';
import { relativeTime } from './relative-time';
import { useNow } from './use-now';

const KIND_LABEL: Record<InteractionKind, MessageKey> = {
  conversation: 'panelKindConversation',
  message: 'panelKindMessage',
  call: 'panelKindCall',
  'met-at-event': 'panelKindMetAtEvent',
  gave: 'panelKindGave',
  received: 'panelKindReceived',
  congratulated: 'panelKindCongratulated',
  introduced: 'panelKindIntroduced',
  reviewed: 'panelKindReviewed',
  recommended: 'panelKindRecommended',
  success: 'panelKindSuccess',
  challenge: 'panelKindChallenge',
};

/** Everything that happened with this person, newest first; each entry can be removed (with undo). */
export function Timeline({ contactId }: { contactId: number }) {
  const now = useNow();
  const interactions = useLiveQuery(() => interactionsOf(getDb(), contactId), [contactId]);
  if (!interactions) return null;

  async function remove(interaction: Interaction) {
    if (interaction.id === undefined) return;
    await deleteInteraction(getDb(), interaction.id);
    offerUndo(t('panelInteractionRemoved'), () => restoreInteraction(getDb(), interaction));
  }

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('panelTimelineTitle')}</h2>
      {interactions.length ? (
        <ol className="plain-list timeline" data-testid="timeline">
          {interactions.map((i) => (
            <li key={i.id}>
              <p>
                <strong>{t(KIND_LABEL[i.kind])}</strong>{' '}
                <span className="muted">· {relativeTime(i.date, now)}</span>
              </p>
              {i.archive && <p data-testid="archive-fact">{archiveFactText(i.archive)}</p>}
              {i.topic && <p>{t('panelTimelineTopic', i.topic)}</p>}
              {i.promised && <p>{t('panelTimelinePromised', i.promised)}</p>}
              {i.notes && <p className="muted">{i.notes}</p>}
              <button
                type="button"
                className="link-button"
                onClick={() => void remove(i)}
                aria-label={t(
                  'panelRemoveInteractionLabel',
                  t(KIND_LABEL[i.kind]),
                  relativeTime(i.date, now),
                )}
              >
                {t('panelRemoveInteraction')}
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('panelTimelineEmpty')}</p>
      )}
    </section>
  );
}
