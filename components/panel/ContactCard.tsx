import { useState } from 'react';
import { browser } from 'wxt/browser';
import { deleteContact, getDb, restoreDeleted } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/schemas/contact';
import { ContactFacts } from '../contact/ContactFacts';
import type { EditableFact } from '../contact/contact-edits';
import { NewsSinceLastVisit } from '../contact/NewsSinceLastVisit';
import { OpenFollowUps } from '../contact/OpenFollowUps';
import { GiveFirstSuggestion } from '../contact/GiveFirstSuggestion';
import { FollowUpSnippets } from '../contact/FollowUpSnippets';
import { NotesEditor } from '../contact/NotesEditor';
import { Timeline } from '../contact/Timeline';
import { offerUndo } from '../undo/undo-store';
import { shortDate } from '../contact/relative-time';

/**
 * A saved person at a glance: who they are to you, when you last talked,
 * what you owe them, what you could give, what to send next, and the history.
 */
export function ContactCard({
  contact,
  onQuickSave,
  onChanged,
}: {
  contact: Contact;
  onQuickSave: () => void;
  onChanged: () => Promise<void>;
}) {
  const id = contact.id;
  // The fact open for editing in place (one at a time; give-first's empty card opens one too).
  const [editing, setEditing] = useState<EditableFact>();
  if (id === undefined) return null;

  async function remove() {
    const db = getDb();
    const deleted = await deleteContact(db, id as number);
    await onChanged();
    if (deleted) {
      offerUndo(t('panelContactDeleted', contact.name), async () => {
        await restoreDeleted(db, deleted);
        await onChanged();
      });
    }
  }

  return (
    <div className="contact-card">
      <p className="status saved" data-testid="saved-status">
        {t('savedStatus')} · {t('savedOn', shortDate(contact.createdAt))}
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onQuickSave}>
          {t('panelWeJustTalked')}
        </button>
        {/* The person's own page in the dashboard (every field, merge, full history). */}
        <a
          className="button-link"
          href={browser.runtime.getURL(`/options.html#/contacts/${id}`)}
          target="_blank"
          rel="noopener"
          data-testid="open-in-dashboard"
        >
          {t('panelOpenInDashboard')}
        </a>
      </div>
      <ContactFacts contact={contact} editing={{ open: editing, onEdit: setEditing }} />
      <NewsSinceLastVisit contact={contact} />
      <OpenFollowUps contactId={id} />
      <GiveFirstSuggestion
        contactId={id}
        onAdd={setEditing}
        resourcesHref={browser.runtime.getURL('/options.html#/resources')}
      />
      <FollowUpSnippets contact={contact} />
      <NotesEditor contact={contact} />
      <Timeline contactId={id} />
      <div className="actions danger-zone">
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('panelDeleteContact')}
        </button>
      </div>
    </div>
  );
}
