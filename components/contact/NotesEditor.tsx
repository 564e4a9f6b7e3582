import { useId, useState, type KeyboardEvent } from 'react';
import { getDb } from '@/lib/db';
import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/schemas/contact';
import { saveNotes } from './contact-edits';
import { ErrorAlert } from '../ErrorAlert';

/** The user's notes on a person, edited in place (Ctrl/⌘+Enter saves, Escape cancels). */
export function NotesEditor({ contact }: { contact: Contact }) {
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const contactId = contact.id;
  if (contactId === undefined) return null;

  async function save() {
    try {
      await saveNotes(getDb(), contactId as number, draft ?? '');
      setDraft(undefined);
      setError(undefined);
    } catch (e) {
      setError(t('saveFailed', e instanceof Error ? e.message : String(e)));
    }
  }

  function keys(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
    if (e.key === 'Escape') setDraft(undefined);
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('panelNotesTitle')}</h2>
      {draft === undefined ? (
        <>
          {contact.notes ? (
            <p className="notes">{contact.notes}</p>
          ) : (
            <p className="muted">{t('panelNotesEmpty')}</p>
          )}
          <button type="button" onClick={() => setDraft(contact.notes)}>
            {t('panelEditNotes')}
          </button>
        </>
      ) : (
        <>
          <label htmlFor={`${id}-notes`} className="visually-hidden">
            {t('panelNotesLabel', contact.name)}
          </label>
          <textarea
            id={`${id}-notes`}
            value={draft}
            rows={5}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={keys}
          />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void save()}>
              {t('panelSaveNotes')}
            </button>
            <button type="button" onClick={() => setDraft(undefined)}>
              {t('panelCancel')}
            </button>
          </div>
        </>
      )}
      <ErrorAlert text={error} />
    </section>
  );
}
