import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteContact, getContact, getDb, restoreDeleted } from '@/lib/db';
import { t } from '@/lib/i18n';
import { Avatar } from '../../Avatar';
import { ContactFacts } from '../../contact/ContactFacts';
import { FollowUpSnippets } from '../../contact/FollowUpSnippets';
import { GiveFirstSuggestion } from '../../contact/GiveFirstSuggestion';
import { LostEdits } from '../../contact/LostEdits';
import { NewsSinceLastVisit } from '../../contact/NewsSinceLastVisit';
import { OpenFollowUps } from '../../contact/OpenFollowUps';
import { Timeline } from '../../contact/Timeline';
import { routeHref } from '../router';
import { ContactForm, type FieldRequest } from './ContactForm';
import { MergeBox } from './MergeBox';
import { ProfileLinks } from './ProfileLinks';
import { offerUndo } from '../../undo/undo-store';

/**
 * One person (`#/contacts/<id>`): what the side panel shows (facts, news,
 * follow-ups, give-first, messages, history — the panel's own components),
 * plus full editing, merge and delete.
 */
export function ContactPage({ id }: { id: number }) {
  const contact = useLiveQuery(async () => (await getContact(getDb(), id)) ?? null, [id]);
  // The form field give-first's empty card opens ("Add their interests" → the form's Interests).
  const [focus, setFocus] = useState<FieldRequest>();
  if (contact === undefined) return <p className="muted">{t('loading')}</p>;
  if (contact === null) {
    return (
      <>
        <h1 id="section-title">{t('personNotFound')}</h1>
        <p>
          <a href={routeHref('contacts')}>{t('personBack')}</a>
        </p>
      </>
    );
  }
  const saved = { ...contact, id };

  async function remove() {
    const db = getDb();
    const deleted = await deleteContact(db, id);
    location.hash = routeHref('contacts');
    if (deleted) offerUndo(t('personDeleted', saved.name), () => restoreDeleted(db, deleted));
  }

  return (
    <article className="contact-page" aria-labelledby="section-title">
      <p>
        <a href={routeHref('contacts')}>{t('personBack')}</a>
      </p>
      <header className="profile-head">
        <Avatar name={saved.name} size={56} />
        <div>
          <h1 id="section-title">{saved.name}</h1>
          {saved.headline && <p className="headline">{saved.headline}</p>}
          {saved.company && (
            <p className="muted">{[saved.position, saved.company].filter(Boolean).join(' · ')}</p>
          )}
          <ProfileLinks contact={saved} />
        </div>
      </header>
      <div className="contact-columns">
        <div className="panel-pieces">
          <ContactFacts contact={saved} />
          <LostEdits contactId={id} />
          <NewsSinceLastVisit contact={saved} />
          <OpenFollowUps contactId={id} />
          <GiveFirstSuggestion
            contactId={id}
            onAdd={(field) => setFocus((last) => ({ field, request: (last?.request ?? 0) + 1 }))}
            resourcesHref={routeHref('resources')}
            resourcesHere
          />
          <FollowUpSnippets contact={saved} />
          <Timeline contactId={id} />
        </div>
        <div>
          <ContactForm key={id} contact={saved} focus={focus} />
          <MergeBox contact={saved} />
          <section className="danger-zone" aria-labelledby="delete-title">
            <h2 id="delete-title">{t('personDeleteTitle')}</h2>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('personDelete', saved.name)}
            </button>
          </section>
        </div>
      </div>
    </article>
  );
}
