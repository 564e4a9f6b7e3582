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
  // What was given, by name: the resource shared, the person introduced.
  const given = useLiveQuery(async () => {
    const list = interactions ?? [];
    const db = getDb();
    const resourceIds = [...new Set(list.flatMap((i) => (i.resourceId === undefined ? [] : [i.resourceId])))];
    const otherIds = [
      ...new Set(list.flatMap((i) => (i.otherContactId === undefined ? [] : [i.otherContactId]))),
    ];
    const [resources, others] = await Promise.all([
      db.resources.bulkGet(resourceIds),
      db.contacts.bulkGet(otherIds),
    ]);
    return {
      resources: new Map(resources.flatMap((r) => (r?.id === undefined ? [] : [[r.id, r.title] as const]))),
      others: new Map(others.flatMap((c) => (c?.id === undefined ? [] : [[c.id, c.name] as const]))),
    };
  }, [interactions]);
  if (!interactions) return null;

  /** The entry's headline: what was given when known ("Shared “Optimize INP”"), else its kind. */
  function headline(i: Interaction): string {
    const title = i.resourceId === undefined ? undefined : given?.resources.get(i.resourceId);
    if (title) return t('timelineSharedResource', title);
    const other = i.otherContactId === undefined ? undefined : given?.others.get(i.otherContactId);
    if (other && i.kind === 'introduced') return t('timelineIntroduced', other);
    if (i.kind === 'gave' && i.topic) return t('timelineGaveWhat', i.topic);
    return t(KIND_LABEL[i.kind]);
  }

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
                <strong>{headline(i)}</strong> <span className="muted">· {relativeTime(i.date, now)}</span>
              </p>
              {i.archive && <p data-testid="archive-fact">{archiveFactText(i.archive)}</p>}
              {i.topic && !(i.kind === 'gave' && i.resourceId === undefined) && (
                <p>{t('panelTimelineTopic', i.topic)}</p>
              )}
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
