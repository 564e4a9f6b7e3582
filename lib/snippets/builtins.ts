import type { SuggestionKind } from '../give-first/types';
import type { Snippet } from '../schemas/library';
import { BUILTINS_EN } from './builtins-en';
import { BUILTINS_FR } from './builtins-fr';

/** A built-in template, before the user edits it (an edit is stored as a `Snippet` with its `builtinId`). */
export type BuiltinTemplate = Pick<Snippet, 'kind' | 'title' | 'body'> & { builtinId: string };

/** A template ready to offer in a picker: a built-in, an edited built-in, or the user's own. */
export interface Template {
  /** `builtin:<builtinId>` or `user:<id>`: stable, for React keys and the picker's value. */
  ref: string;
  builtinId?: string;
  snippetId?: number;
  language: 'en' | 'fr';
  kind: Snippet['kind'];
  title: string;
  body: string;
  edited: boolean;
}

/** The built-ins of one language. */
export function builtinTemplates(language: 'en' | 'fr'): Template[] {
  return (language === 'fr' ? BUILTINS_FR : BUILTINS_EN).map((b) => ({
    ref: `builtin:${b.builtinId}`,
    builtinId: b.builtinId,
    language,
    kind: b.kind,
    title: b.title,
    body: b.body,
    edited: false,
  }));
}

/**
 * Built-ins with the user's edits applied, then the user's own templates, for
 * one language. An edit replaces its built-in in place; restoring the
 * built-in is deleting the stored record.
 */
export function templatesFor(language: 'en' | 'fr', stored: readonly Snippet[]): Template[] {
  const mine = stored.filter((s) => s.language === language);
  const edits = new Map(mine.filter((s) => s.builtinId).map((s) => [s.builtinId!, s]));
  const builtins = builtinTemplates(language).map((t) => {
    const edit = edits.get(t.builtinId!);
    return edit
      ? { ...t, title: edit.title, body: edit.body, edited: true, ...(edit.id ? { snippetId: edit.id } : {}) }
      : t;
  });
  const own = mine
    .filter((s) => !s.builtinId)
    .map((s): Template => ({
      ref: `user:${s.id ?? s.title}`,
      ...(s.id ? { snippetId: s.id } : {}),
      language,
      kind: s.kind,
      title: s.title,
      body: s.body,
      edited: false,
    }));
  return [...builtins, ...own];
}

/** The built-in that carries out each kind of give-first suggestion. */
export const TEMPLATE_FOR_SUGGESTION: Record<SuggestionKind, string> = {
  share: 'builtin:share-resource',
  introduce: 'builtin:introduce-each',
  review: 'builtin:offer-review',
  recommend: 'builtin:recommend-opportunity',
  congratulate: 'builtin:congratulate',
  help: 'builtin:offer-help',
};
