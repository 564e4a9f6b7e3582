import { useState } from 'react';
import { events, getDb, snippets, tasksOf } from '@/lib/db';
import { getLanguage, t } from '@/lib/i18n';
import {
  followUpMessage,
  planQuickSave,
  storeQuickSave,
  type QuickSaveInput,
  type QuickSaveWho,
} from '@/lib/quick-save';
import { existingOf, nameOf } from '@/lib/quick-save/plan';
import { QuickSaveForm } from './QuickSaveForm';
import { FollowUpMessage } from './FollowUpMessage';

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
  const [result, setResult] = useState<{ text: string; tasks: string[] }>();

  async function save(input: QuickSaveInput, typedName: string) {
    const db = getDb();
    const target: QuickSaveWho = who ?? { kind: 'name', name: typedName };
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
      language,
      openTasks: contactTasks.filter((task) => task.status === 'open'),
    });
    await storeQuickSave(db, target, plan);
    await onSaved?.();
    setResult({
      text: followUpMessage({ name: plan.name, ...input }, language, storedSnippets),
      tasks: plan.tasks.flatMap((task) => (task.title ? [task.title] : [])),
    });
  }

  if (result) {
    return (
      <FollowUpMessage
        text={result.text}
        intro={t('panelFollowUpIntro')}
        tasks={result.tasks}
        onDone={onClose}
      />
    );
  }
  const name = who && nameOf(who);
  return (
    <QuickSaveForm
      title={name ? t('panelQuickSaveTitle', name) : t('panelQuickNoteTitle')}
      askName={!who}
      onSubmit={save}
      onCancel={onClose}
    />
  );
}
