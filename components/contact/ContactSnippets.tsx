import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb, interactionsOf } from '@/lib/db';
import { getLanguage } from '@/lib/i18n';
import { whereOfNotes } from '@/lib/quick-save/plan';
import { snippetValues } from '@/lib/snippets';
import type { Contact } from '@/lib/schemas/contact';
import { SnippetComposer } from '../snippets/SnippetComposer';
import { copyRecorder, sentRecorder, useSnippetLibrary } from '../snippets/use-snippet-library';
import { useMyName } from '../snippets/use-my-name';

/** The template a saved person's card starts on: the guide's post-event follow-up. */
const FOLLOW_UP_TEMPLATE = 'builtin:follow-up-event';

/**
 * The snippets team's composer for this person, starting on the follow-up
 * and filled from their last conversation: its topic and promise, and its
 * event — or the "where" typed at quick-save when it named no saved event.
 */
export function ContactSnippets({ contact }: { contact: Contact & { id: number } }) {
  const { templates, recentCopies } = useSnippetLibrary();
  const myName = useMyName();
  const last = useLiveQuery(async () => {
    const talks = await interactionsOf(getDb(), contact.id, 50);
    const talk = talks.find((i) => i.topic || i.promised) ?? talks[0];
    const event = talk?.eventId === undefined ? undefined : await events.get(getDb(), talk.eventId);
    return { talk, event };
  }, [contact.id]);
  if (!last) return null;
  // Quick-save writes "where — next step" in the notes; where is the part before the dash.
  const where = last.event ? undefined : (whereOfNotes(last.talk?.notes) ?? contact.howWeMet?.context);
  const values = snippetValues({
    language: getLanguage(),
    contact,
    ...(last.talk ? { interaction: last.talk } : {}),
    ...(last.event ? { event: last.event } : {}),
    ...(where ? { where } : {}),
    ...(myName ? { myName } : {}),
  });
  return (
    <SnippetComposer
      templates={templates}
      initialRef={FOLLOW_UP_TEMPLATE}
      values={values}
      contactId={contact.id}
      recentCopies={recentCopies}
      onCopied={copyRecorder(contact.id)}
      onSent={sentRecorder(contact.id)}
    />
  );
}
