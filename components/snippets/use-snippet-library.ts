import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { getLanguage } from '@/lib/i18n';
import type { CopyLog } from '@/lib/schemas/feedback';
import type { Interaction } from '@/lib/schemas/interaction';
import type { Snippet } from '@/lib/schemas/library';
import { recentCopies, recordCopy, templatesFor, type Template } from '@/lib/snippets';
import type { CopiedMessage } from './SnippetComposer';

const NO_SNIPPETS: Snippet[] = [];
const NO_COPIES: CopyLog[] = [];

/** The templates of the UI language (built-ins with the user's edits, then theirs) and the week's copy log, kept live. */
export function useSnippetLibrary(language = getLanguage()): {
  templates: Template[];
  recentCopies: CopyLog[];
} {
  const stored = useLiveQuery(() => getDb().snippets.toArray(), [], NO_SNIPPETS);
  const copies = useLiveQuery(() => recentCopies(getDb()), [], NO_COPIES);
  const templates = useMemo(() => templatesFor(language, stored), [language, stored]);
  return { templates, recentCopies: copies };
}

/**
 * An `onCopied` for the composer: remembers the copy for the spam check and,
 * when the `logOnCopy` setting is on, logs it in the person's history.
 */
export function copyRecorder(
  contactId: number | undefined,
  details?: Pick<Interaction, 'resourceId' | 'otherContactId' | 'topic'>,
): (copy: CopiedMessage) => Promise<boolean> {
  return (copy) =>
    recordCopy(getDb(), {
      templateHash: copy.templateHash,
      kind: copy.template.kind,
      ...(contactId === undefined ? {} : { contactId }),
      ...(details ? { details } : {}),
    });
}
