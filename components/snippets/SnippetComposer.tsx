import { useMemo, useState } from 'react';
import { getLanguage, t } from '@/lib/i18n';
import type { CopyLog } from '@/lib/schemas/feedback';
import {
  checkCopySpam,
  clipboardText,
  metAtPhrase,
  projectPhrase,
  parseTemplate,
  renderTemplate,
  templateErrorText,
  templateHash,
  type PlaceholderName,
  type PlaceholderValues,
  type Template,
} from '@/lib/snippets';
import { writeClipboard as realClipboard, type WriteClipboard } from './clipboard';
import { CopyControls, type CopyStatus } from './CopyControls';
import { MessageEditor } from './MessageEditor';
import { MessagePreview } from './MessagePreview';
import { SentControls } from './SentControls';
import { PlaceholderFields, type EmptyField } from './PlaceholderFields';
import { TemplatePicker } from './TemplatePicker';

/** What the composer reports after a copy, for logging (see `recordCopy`). */
export interface CopiedMessage {
  text: string;
  templateHash: string;
  template: Template;
}

export interface SnippetComposerProps {
  templates: readonly Template[];
  /** The template to start with (e.g. `TEMPLATE_FOR_SUGGESTION[kind]`); the first one otherwise. */
  initialRef?: string;
  /** What Guild knows (from `snippetValues`); the user fills the rest inline. */
  values: PlaceholderValues;
  contactId?: number;
  /** The last week's copy log, for the copy-paste spam check. */
  recentCopies: readonly CopyLog[];
  now?: () => number;
  writeClipboard?: WriteClipboard;
  /** After a successful copy (remember it for the spam check: `recordCopy`). Logs nothing. */
  onCopied?: (copy: CopiedMessage) => Promise<void> | void;
  /** The user says the copied message was sent: record it (`recordSent`). Without it, no "Sent" is asked. */
  onSent?: (copy: CopiedMessage) => Promise<void>;
}

/** The placeholders of a template Guild has no value for, in order, each once (optional if never required). */
function emptyPlaceholders(body: string, values: PlaceholderValues): EmptyField[] {
  const parsed = parseTemplate(body);
  if (!parsed.ok) return [];
  const fields = new Map<PlaceholderName, EmptyField>();
  for (const tok of parsed.tokens) {
    if (tok.type !== 'placeholder' || values[tok.name]?.trim()) continue;
    const seen = fields.get(tok.name);
    if (seen) seen.optional &&= tok.optional;
    else fields.set(tok.name, { name: tok.name, optional: tok.optional });
  }
  return [...fields.values()];
}

/** What the user typed inline, worded for the sentence: "Paris.js" → "at Paris.js", "CLI" → "your CLI". */
function phrased(typed: PlaceholderValues, language: 'en' | 'fr'): PlaceholderValues {
  return {
    ...typed,
    ...(typed.metAt?.trim() ? { metAt: metAtPhrase(typed.metAt, language) } : {}),
    ...(typed.project?.trim() ? { project: projectPhrase(typed.project, language) } : {}),
  };
}

/**
 * Pick a template, fill what Guild could not, edit the message in place,
 * copy. The Copy button stays disabled while a placeholder is empty, so
 * nothing like "{firstName}" ever reaches the clipboard; sending the same
 * text to too many people this week asks for confirmation first. Copying
 * logs nothing: after Copy, "Sent" records the message, "Not now" does not.
 */
export function SnippetComposer(props: SnippetComposerProps) {
  const { templates, values, contactId, recentCopies, onCopied, onSent } = props;
  const [ref, setRef] = useState(props.initialRef ?? templates[0]?.ref ?? '');
  const [typed, setTyped] = useState<PlaceholderValues>({});
  const [status, setStatus] = useState<CopyStatus>({ kind: 'idle' });
  const [copied, setCopied] = useState<CopiedMessage>();
  // The user's edit of the filled message; it applies while the filled text it started from is unchanged.
  const [draft, setDraft] = useState<{ from: string; text: string }>();
  const template = templates.find((tpl) => tpl.ref === ref) ?? templates[0];
  const body = template?.body ?? '';
  const fields = useMemo(() => emptyPlaceholders(body, values), [body, values]);
  const merged = useMemo(() => ({ ...values, ...phrased(typed, getLanguage()) }), [values, typed]);
  const result = useMemo(() => renderTemplate(body, merged), [body, merged]);
  const filled = clipboardText(result);
  const text = filled === undefined ? undefined : draft?.from === filled ? draft.text : filled;

  async function copy(confirmed: boolean) {
    if (!template || text === undefined || !text.trim()) return;
    const hash = templateHash(result.segments);
    const now = (props.now ?? Date.now)();
    const spam = checkCopySpam(recentCopies, hash, contactId, now);
    if (spam.warn && !confirmed) {
      setStatus({ kind: 'confirm-spam', people: spam.people });
      return;
    }
    try {
      await (props.writeClipboard ?? realClipboard)(text);
      const message = { text, templateHash: hash, template };
      await onCopied?.(message);
      setCopied(message);
      setStatus({ kind: 'copied' });
    } catch (e) {
      setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  if (!template) return null;
  const language = getLanguage();
  return (
    <section className="snippet-composer" aria-label={template.title}>
      <TemplatePicker
        templates={templates}
        value={template.ref}
        onChange={(next) => {
          setRef(next);
          setStatus({ kind: 'idle' });
        }}
      />
      {result.errors.length > 0 ? (
        <div role="alert" className="error">
          <p>{t('snippetTemplateErrors')}</p>
          <ul>
            {result.errors.map((e) => (
              <li key={e.offset}>{templateErrorText(e, language)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <PlaceholderFields
            fields={fields}
            values={typed}
            onChange={(name, value) => {
              setTyped((prev) => ({ ...prev, [name]: value }));
              setStatus({ kind: 'idle' });
            }}
          />
          {text === undefined ? (
            <MessagePreview segments={result.segments} />
          ) : (
            <MessageEditor
              value={text}
              onChange={(next) => {
                setDraft({ from: filled!, text: next });
                setStatus({ kind: 'idle' });
              }}
            />
          )}
          <CopyControls
            canCopy={text !== undefined && text.trim() !== ''}
            status={status}
            onCopy={() => void copy(false)}
            onCopyAnyway={() => void copy(true)}
          />
          {status.kind === 'copied' && onSent && copied && (
            <SentControls
              key={copied.text}
              onSent={() => onSent(copied)}
              onNotNow={() => setStatus({ kind: 'idle' })}
            />
          )}
        </>
      )}
    </section>
  );
}
