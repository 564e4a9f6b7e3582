import { lazy, Suspense, useState } from 'react';
import { t } from '@/lib/i18n';
import type { Contact } from '@/lib/schemas/contact';

// The composer and its templates load when the user asks for a message.
const ContactSnippets = lazy(() => import('./ContactSnippets').then((m) => ({ default: m.ContactSnippets })));

/**
 * Messages ready to send to this person: the snippet composer (follow-up,
 * openers, share, congratulate…), opened on the post-event follow-up filled
 * from the last conversation.
 */
export function FollowUpSnippets({ contact }: { contact: Contact }) {
  const [open, setOpen] = useState(false);
  const id = contact.id;
  if (id === undefined) return null;
  return (
    <section aria-labelledby="snippets-title">
      <h2 id="snippets-title">{t('panelSnippetsTitle')}</h2>
      <div className="actions">
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {t('panelSnippetFollowUp')}
        </button>
      </div>
      {open && (
        <Suspense fallback={null}>
          <ContactSnippets contact={{ ...contact, id }} />
        </Suspense>
      )}
    </section>
  );
}
