import { useLiveQuery } from 'dexie-react-hooks';
import { events, getDb, interactionsOf } from '@/lib/db';
import { whereOfNotes } from '@/lib/quick-save/plan';
import { snippetValues } from '@/lib/snippets';
import type { Contact } from '@/lib/schemas/contact';
import { SnippetComposer } from '../snippets/SnippetComposer';
import { copyRecorder, useSnippetLibrary } from '../snippets/use-snippet-library';

/** The template a saved person's card starts on: the guide's post-event follow-up. */
const FOLLOW_UP_TEMPLATE = 'builtin:follow-up-event';

/**
 * The snippets team's composer for this person, starting on the follow-up
 * and filled from their last conversation: its topic and promise, and its
 * event — or the "where" typed at quick-save when it named no saved event.
 */
export function ContactSnippets({ contact }: { contact: Contact & { id: number } }) {
  const { templates, recentCopies } = useSnippetLibrary();
  const last = useLiveQuery(async () => {
    const talks = await interactionsOf(getDb(), contact.id, 50);
    const talk = talks.find((i) => i.topic || i.promised) ?? talks[0];
    const event = talk?.eventId === undefined ? undefined : await events.get(getDb(), talk.eventId);
    return { talk, event };
  }, [contact.id]);
  if (!last) return null;
  const values = snippetValues({
    contact,
    ...(last.talk ? { interaction: last.talk } : {}),
    ...(last.event ? { event: last.event } : {}),
  });
  // Quick-save writes "where — next step" in the notes; where is the part before the dash.
  const where = last.event ? undefined : (whereOfNotes(last.talk?.notes) ?? contact.howWeMet?.context);
  if (where && !values.event) values.event = where;
  return (
    <SnippetComposer
      templates={templates}
      initialRef={FOLLOW_UP_TEMPLATE}
      values={values}
      contactId={contact.id}
      recentCopies={recentCopies}
      onCopied={copyRecorder(contact.id)}
    />
  );
}
