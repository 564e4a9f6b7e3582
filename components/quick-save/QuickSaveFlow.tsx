import { useState } from 'react';
import { events, getDb, snippets, tasksOf } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import {
  followUpMessage,
  planQuickSave,
  recordFollowUpSent,
  storeQuickSave,
  taskTitle,
  type SentFollowUp,
  type QuickSaveInput,
  type QuickSaveWho,
} from '@/lib/quick-save';
import { existingOf, nameOf } from '@/lib/quick-save/plan';
import { QuickSaveForm } from './QuickSaveForm';
import { FollowUpMessage } from './FollowUpMessage';
import { useMyName } from '../snippets/use-my-name';
import { useNameMatches } from './use-name-match';

type Known = Exclude<QuickSaveWho, { kind: 'name' }>;

/**
 * Quick-save after a conversation, from form to follow-up message. `who` is
 * the person on the page (or a saved contact); without it the form asks for
 * a name and saves the person by name.
 */
export function QuickSaveFlow({
  who,
  onSaved,
  onClose,
}: {
  who?: Known;
  onSaved?: () => Promise<void>;
  onClose: () => void;
}) {
  const [result, setResult] = useState<{ text: string; tasks: string[]; sent: SentFollowUp }>();
  const myName = useMyName();
  // The person on the page may be someone saved from the other site (same name): ask in the form.
  const matches = useNameMatches(who?.kind === 'snapshot' && !who.contact ? who.snapshot : undefined);
  const match = matches[0];

  async function save(input: QuickSaveInput, typedName: string, same: boolean) {
    const db = getDb();
    const target: QuickSaveWho = !who
      ? { kind: 'name', name: typedName }
      : who.kind === 'snapshot' && !who.contact && match && same
        ? { ...who, contact: match }
        : who;
    const existingId = existingOf(target)?.id;
    const [allEvents, contactTasks, storedSnippets] = await Promise.all([
      events.all(db),
      existingId === undefined ? [] : tasksOf(db, existingId),
      snippets.all(db),
    ]);
    const language = getLanguage();
    const plan = planQuickSave({
      input,
      who: target,
      events: allEvents,
      now: Date.now(),
      openTasks: contactTasks.filter((task) => task.status === 'open'),
    });
    const stored = await storeQuickSave(db, target, plan);
    await onSaved?.();
    setResult({
      text: followUpMessage(
        { name: plan.name, ...input, ...(myName ? { myName } : {}) },
        language,
        storedSnippets,
      ),
      tasks: plan.tasks.flatMap((task) => taskTitle(task, language) ?? []),
      sent: {
        contactId: stored.contactId,
        interactionId: stored.interactionId,
        ...(input.promised ? { promised: input.promised } : {}),
        ...(input.nextStep ? { nextStep: input.nextStep } : {}),
      },
    });
  }

  if (result) {
    return (
      <FollowUpMessage
        text={result.text}
        intro={t('panelFollowUpIntro')}
        tasks={result.tasks}
        onDone={onClose}
        onSent={async () => {
          await recordFollowUpSent(getDb(), result.sent);
        }}
      />
    );
  }
  const name = who && nameOf(who);
  return (
    <QuickSaveForm
      title={name ? t('panelQuickSaveTitle', name) : t('panelQuickNoteTitle')}
      askName={!who}
      {...(match
        ? {
            sameAs: {
              name: match.name,
              ...(match.howWeMet?.context ? { where: match.howWeMet.context } : {}),
            },
          }
        : {})}
      onSubmit={save}
      onCancel={onClose}
    />
  );
}
