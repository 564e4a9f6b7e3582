import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb, interactionsOf } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import { followUpMessage } from '@/lib/quick-save';
import type { Contact } from '@/lib/schemas/contact';
import { FollowUpMessage } from './FollowUpMessage';

/**
 * Messages ready to send to this person. Today: the post-event follow-up,
 * filled from the last conversation logged with them.
 *
 * INTEGRATION POINT (snippets): when `components/snippets/SnippetComposer.tsx`
 * lands, add its buttons here (opener, share, congratulate… filled for this
 * contact) next to the follow-up.
 */
export function FollowUpSnippets({ contact }: { contact: Contact }) {
  const [open, setOpen] = useState(false);
  const id = contact.id;
  const facts = useLiveQuery(async () => {
    if (id === undefined) return null;
    const last = (await interactionsOf(getDb(), id, 50)).find((i) => i.kind === 'conversation');
    if (!last) return null;
    const event = last.eventId === undefined ? undefined : await events.get(getDb(), last.eventId);
    // Quick-save writes "where — next step" into the notes; where is the part before the dash.
    const where = event?.name ?? last.notes?.split(' — ')[0] ?? contact.howWeMet?.context;
    if (!where) return null;
    return {
      name: contact.name,
      where,
      topic: last.topic,
      promised: last.promised,
      project: contact.projects.at(-1),
    };
  }, [id, contact.name, contact.updatedAt]);
  if (facts === undefined) return null;

  return (
    <section aria-labelledby="snippets-title">
      <h2 id="snippets-title">{t('panelSnippetsTitle')}</h2>
      {facts ? (
        <>
          <div className="actions">
            <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
              {t('panelSnippetFollowUp')}
            </button>
          </div>
          {open && <FollowUpMessage text={followUpMessage(facts, getLanguage())} heading={false} />}
        </>
      ) : (
        <p className="muted">{t('panelSnippetsEmpty')}</p>
      )}
    </section>
  );
}
