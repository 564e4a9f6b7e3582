import { parseTemplate, type TemplateError, type TemplateToken } from './parse-template';
import type { PlaceholderName, PlaceholderValues } from './placeholders';

/** A piece of a rendered message: plain template text, a filled value, or a hole to fill. */
export type Segment =
  | { type: 'text'; text: string }
  | { type: 'filled'; name: PlaceholderName; text: string }
  | { type: 'missing'; name: PlaceholderName };

export interface RenderResult {
  segments: Segment[];
  /** Placeholders still empty, each once, in order of appearance. */
  missing: PlaceholderName[];
  isComplete: boolean;
  /** Template errors (a broken user template renders nothing). */
  errors: TemplateError[];
}

function valueOf(values: PlaceholderValues, name: PlaceholderName): string | undefined {
  const v = values[name]?.trim();
  return v ? v : undefined;
}

/** Split tokens into lines, so that a line with an empty optional placeholder can be left out. */
function lines(tokens: TemplateToken[]): TemplateToken[][] {
  const out: TemplateToken[][] = [[]];
  for (const t of tokens) {
    if (t.type !== 'text') {
      out[out.length - 1]!.push(t);
      continue;
    }
    t.text.split('\n').forEach((part, i) => {
      if (i > 0) out.push([]);
      if (part) out[out.length - 1]!.push({ type: 'text', text: part });
    });
  }
  return out;
}

/**
 * Fill a template. Empty values become `missing` segments that the UI shows
 * as inline fields: a message with a hole is never complete, so it never
 * reaches the clipboard with `{firstName}` or "[first name]" in it.
 */
export function renderTemplate(body: string, values: PlaceholderValues): RenderResult {
  const parsed = parseTemplate(body);
  if (!parsed.ok) return { segments: [], missing: [], isComplete: false, errors: parsed.errors };
  const segments: Segment[] = [];
  const missing: PlaceholderName[] = [];
  let first = true;
  for (const line of lines(parsed.tokens)) {
    const dropped = line.some((t) => t.type === 'placeholder' && t.optional && !valueOf(values, t.name));
    if (dropped) continue;
    if (!first) segments.push({ type: 'text', text: '\n' });
    first = false;
    for (const t of line) {
      if (t.type === 'text') {
        segments.push(t);
        continue;
      }
      const v = valueOf(values, t.name);
      if (v) segments.push({ type: 'filled', name: t.name, text: v });
      else {
        segments.push({ type: 'missing', name: t.name });
        if (!missing.includes(t.name)) missing.push(t.name);
      }
    }
  }
  // Dropped lines can leave blank lines piled up: at most one empty line in a row.
  return { segments: tidy(segments), missing, isComplete: missing.length === 0, errors: [] };
}

function tidy(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let newlines = 0;
  for (const s of segments) {
    if (s.type === 'text' && s.text === '\n') {
      newlines += 1;
      if (newlines > 2 || out.length === 0) continue;
    } else newlines = 0;
    out.push(s);
  }
  while (
    out.length &&
    out[out.length - 1]!.type === 'text' &&
    (out[out.length - 1] as { text: string }).text === '\n'
  ) {
    out.pop();
  }
  return out;
}

/** The text to put on the clipboard, or `undefined` while a placeholder is empty. */
export function clipboardText(result: RenderResult): string | undefined {
  if (!result.isComplete || result.errors.length) return undefined;
  return result.segments.map((s) => (s.type === 'missing' ? '' : s.text)).join('');
}
