import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, snippets } from '@/lib/db';
import { getLanguage } from '@/lib/i18n';
import type { CopyLog } from '@/lib/schemas/feedback';
import type { Interaction } from '@/lib/schemas/interaction';
import type { Snippet } from '@/lib/schemas/library';
import { recentCopies, recordCopy, recordSent, templatesFor, type Template } from '@/lib/snippets';
import type { CopiedMessage } from './SnippetComposer';

const NO_SNIPPETS: Snippet[] = [];
const NO_COPIES: CopyLog[] = [];

/** The templates of the UI language (built-ins with the user's edits, then theirs) and the week's copy log, kept live. */
export function useSnippetLibrary(language = getLanguage()): {
  templates: Template[];
  recentCopies: CopyLog[];
} {
  const stored = useLiveQuery(() => snippets.all(getDb()), [], NO_SNIPPETS);
  const copies = useLiveQuery(() => recentCopies(getDb()), [], NO_COPIES);
  const templates = useMemo(() => templatesFor(language, stored), [language, stored]);
  return { templates, recentCopies: copies };
}

/** An `onCopied` for the composer: remembers the copy for the spam check, and nothing else. */
export function copyRecorder(contactId: number | undefined): (copy: CopiedMessage) => Promise<void> {
  return (copy) =>
    recordCopy(getDb(), {
      templateHash: copy.templateHash,
      ...(contactId === undefined ? {} : { contactId }),
    });
}

/**
 * An `onSent` for the composer: the user says the message went out, so it
 * joins the person's history, with what was given (the resource shared, the
 * person introduced) for the timeline to say.
 */
export function sentRecorder(
  contactId: number,
  details?: Pick<Interaction, 'resourceId' | 'otherContactId' | 'topic'>,
  now: () => number = Date.now,
): (copy: CopiedMessage) => Promise<void> {
  return async (copy) => {
    await recordSent(
      getDb(),
      { contactId, kind: copy.template.kind, ...(details ? { details } : {}) },
      now(),
    );
  };
}
