import { getLanguage, t } from '@/lib/i18n';
import type { ContactInputs, GiveFirstIndex, Suggestion } from '@/lib/give-first';
import type { NetworkEvent } from '@/lib/schemas/library';
import { snippetValues, TEMPLATE_FOR_SUGGESTION } from '@/lib/snippets';
import { SnippetComposer } from '../snippets/SnippetComposer';
import type { WriteClipboard } from '../snippets/clipboard';
import { copyRecorder, sentRecorder, useSnippetLibrary } from '../snippets/use-snippet-library';
import { useMyName } from '../snippets/use-my-name';

/**
 * The message that carries out a suggestion, filled from what it points at
 * (the resource, the other person, the opportunity, the challenge) and from
 * the person and their last conversation.
 */
export function SuggestionMessage({
  suggestion,
  index,
  inputs,
  event,
  writeClipboard,
  onCopied,
  onSent,
  now = Date.now,
}: {
  suggestion: Suggestion;
  index: GiveFirstIndex;
  inputs: ContactInputs;
  event?: NetworkEvent;
  writeClipboard?: WriteClipboard;
  /** Told after the copy was remembered (for the spam check; nothing is logged until "Sent"). */
  onCopied?: () => void;
  /** Told once the sent message is in their history, with a sentence saying what was given. */
  onSent?: (said: string) => void;
  now?: () => number;
}) {
  const record = copyRecorder(suggestion.contactId);
  const sent = sentRecorder(
    suggestion.contactId,
    {
      ...(suggestion.refs.resourceId !== undefined ? { resourceId: suggestion.refs.resourceId } : {}),
      ...(suggestion.refs.otherContactId !== undefined
        ? { otherContactId: suggestion.refs.otherContactId }
        : {}),
    },
    now,
  );
  const { templates, recentCopies } = useSnippetLibrary();
  const myName = useMyName();
  const { refs } = suggestion;
  const own = inputs.interactions
    .filter((i) => i.contactId === suggestion.contactId)
    .sort((a, b) => b.date - a.date);
  const lastTalk = own.find((i) => i.topic || i.promised);
  const challenge =
    refs.interactionId === undefined ? undefined : own.find((i) => i.id === refs.interactionId);
  const resource = refs.resourceId === undefined ? undefined : index.resources.get(refs.resourceId);
  const other = refs.otherContactId === undefined ? undefined : index.contacts.get(refs.otherContactId);
  const opportunity =
    refs.opportunityId === undefined ? undefined : index.opportunities.get(refs.opportunityId);
  const news = inputs.contact.news.find((n) => n.noticedAt === refs.newsNoticedAt);
  const values = snippetValues({
    language: getLanguage(),
    ...(myName ? { myName } : {}),
    contact: news ? { ...inputs.contact, news: [news] } : inputs.contact,
    ...(lastTalk ? { interaction: lastTalk } : {}),
    ...(event ? { event } : {}),
    ...(resource ? { resource } : {}),
    ...(other ? { other } : {}),
    ...(opportunity ? { opportunity } : {}),
    ...(challenge?.kind === 'challenge' ? { challenge } : {}),
    ...(refs.project ? { project: refs.project } : {}),
  });
  if (suggestion.kind === 'congratulate' && challenge?.kind === 'success' && challenge.topic) {
    values.news = challenge.topic;
  }
  return (
    <SnippetComposer
      key={suggestion.key}
      templates={templates}
      initialRef={TEMPLATE_FOR_SUGGESTION[suggestion.kind]}
      values={values}
      contactId={suggestion.contactId}
      recentCopies={recentCopies}
      {...(writeClipboard ? { writeClipboard } : {})}
      onCopied={async (copy) => {
        await record(copy);
        onCopied?.();
      }}
      onSent={async (copy) => {
        await sent(copy);
        onSent?.(
          resource
            ? t('timelineSharedResource', resource.title)
            : other
              ? t('timelineIntroduced', other.name)
              : t('snippetSentLogged'),
        );
      }}
    />
  );
}
