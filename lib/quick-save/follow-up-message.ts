import type { Snippet } from '../schemas/library';
import { clipboardText, firstNameOf, renderTemplate, snippetValues, templatesFor } from '../snippets';
import type { QuickSaveLanguage } from './texts';

/** What the follow-up message is filled from: what was just typed. */
export interface FollowUpFacts {
  name: string;
  where: string;
  topic?: string;
  promised?: string;
  project?: string;
  nextStep?: string;
  /** What the user signs with (settings). */
  myName?: string;
}

const FOLLOW_UP_REF = 'builtin:follow-up-event';

/**
 * The guide's post-event follow-up, filled from what was just typed: the
 * snippet library's "after an event" template, so an edit the user made to
 * it in the dashboard applies here too. Its optional lines (topic, promise,
 * next step, their project, signature) are left out when empty, so a message
 * built from "where" alone still greets, thanks and closes; if the user's edited
 * template asks for something a quick-save cannot know, the built-in is used.
 * Plain text: the user pastes it into LinkedIn or X.
 */
export function followUpMessage(
  facts: FollowUpFacts,
  language: QuickSaveLanguage,
  stored: readonly Snippet[] = [],
): string {
  const values = {
    ...snippetValues({
      language,
      where: facts.where,
      ...(facts.project ? { project: facts.project } : {}),
      ...(facts.myName ? { myName: facts.myName } : {}),
      interaction: {
        contactId: 1,
        kind: 'conversation',
        date: 0,
        ...(facts.topic ? { topic: facts.topic } : {}),
        ...(facts.promised ? { promised: facts.promised } : {}),
        ...(facts.nextStep ? { nextStep: facts.nextStep } : {}),
      },
    }),
    // An X handle has no first name: greet the handle.
    firstName: firstNameOf(facts.name) ?? facts.name.trim(),
  };
  const render = (list: readonly Snippet[]) => {
    const template = templatesFor(language, list).find((t) => t.ref === FOLLOW_UP_REF);
    return template ? clipboardText(renderTemplate(template.body, values)) : undefined;
  };
  return render(stored) ?? render([]) ?? '';
}
