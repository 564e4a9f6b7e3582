import type { Snippet } from '../schemas/library';
import { clipboardText, firstNameOf, renderTemplate, templatesFor } from '../snippets';
import type { QuickSaveLanguage } from './texts';

/** What the follow-up message is filled from: what was just typed. */
export interface FollowUpFacts {
  name: string;
  where: string;
  topic?: string;
  promised?: string;
  project?: string;
}

const FOLLOW_UP_REF = 'builtin:follow-up-event';

/**
 * The guide's post-event follow-up, filled from what was just typed: the
 * snippet library's "after an event" template, so an edit the user made to
 * it in the dashboard applies here too. Its optional lines (topic, promise,
 * coffee about their project) are left out when empty; if the user's edited
 * template asks for something a quick-save cannot know, the built-in is used.
 * Plain text: the user pastes it into LinkedIn or X.
 */
export function followUpMessage(
  facts: FollowUpFacts,
  language: QuickSaveLanguage,
  stored: readonly Snippet[] = [],
): string {
  const values = {
    // An X handle has no first name: greet the handle.
    firstName: firstNameOf(facts.name) ?? facts.name.trim(),
    event: facts.where,
    ...(facts.topic ? { topic: facts.topic } : {}),
    ...(facts.promised ? { promised: facts.promised } : {}),
    ...(facts.project ? { project: facts.project } : {}),
  };
  const render = (list: readonly Snippet[]) => {
    const template = templatesFor(language, list).find((t) => t.ref === FOLLOW_UP_REF);
    return template ? clipboardText(renderTemplate(template.body, values)) : undefined;
  };
  return render(stored) ?? render([]) ?? '';
}
