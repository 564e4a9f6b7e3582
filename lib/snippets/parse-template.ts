import { isPlaceholderName, type PlaceholderName } from './placeholders';

/**
 * Template syntax: `{firstName}` is a placeholder; `{project?}` is optional
 * (the line holding it is left out when it is empty); `{{` and `}}` write a
 * literal brace. Anything else with braces is an error with its position, so
 * the dashboard can point at it.
 */
export type TemplateToken =
  { type: 'text'; text: string } | { type: 'placeholder'; name: PlaceholderName; optional: boolean };

export interface TemplateError {
  code: 'unclosed' | 'stray-close' | 'empty' | 'bad-name' | 'unknown';
  /** Offset of the offending brace in the body (0-based). */
  offset: number;
  /** 1-based line and column, for people. */
  line: number;
  column: number;
  /** The placeholder's name as written (unknown, bad-name). */
  name?: string;
}

export type ParseResult = { ok: true; tokens: TemplateToken[] } | { ok: false; errors: TemplateError[] };

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function where(body: string, offset: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parse a template body into text and placeholders, or every error found. */
export function parseTemplate(body: string): ParseResult {
  const tokens: TemplateToken[] = [];
  const errors: TemplateError[] = [];
  const fail = (code: TemplateError['code'], offset: number, name?: string) =>
    errors.push({ code, offset, ...where(body, offset), ...(name === undefined ? {} : { name }) });
  let text = '';
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if ((ch === '{' || ch === '}') && body[i + 1] === ch) {
      text += ch;
      i += 2;
      continue;
    }
    if (ch === '}') {
      fail('stray-close', i);
      i += 1;
      continue;
    }
    if (ch !== '{') {
      text += ch;
      i += 1;
      continue;
    }
    // A placeholder never spans lines or holds another brace: stop there and report it unclosed.
    const end = body.slice(i + 1).search(/[{}\n]/);
    if (end === -1 || body[i + 1 + end] !== '}') {
      fail('unclosed', i);
      i += 1;
      continue;
    }
    const raw = body.slice(i + 1, i + 1 + end).trim();
    const optional = raw.endsWith('?');
    const name = optional ? raw.slice(0, -1) : raw;
    if (!name) fail('empty', i);
    else if (!NAME.test(name)) fail('bad-name', i, name);
    else if (!isPlaceholderName(name)) fail('unknown', i, name);
    else {
      if (text) tokens.push({ type: 'text', text });
      text = '';
      tokens.push({ type: 'placeholder', name, optional });
    }
    i += end + 2;
  }
  if (text) tokens.push({ type: 'text', text });
  return errors.length ? { ok: false, errors } : { ok: true, tokens };
}

const MESSAGES: Record<TemplateError['code'], { en: string; fr: string }> = {
  unclosed: { en: '“{” is never closed', fr: '«\u00a0{\u00a0» n’est jamais fermée' },
  'stray-close': {
    en: '“}” closes nothing (write “}}” for a brace)',
    fr: '«\u00a0}\u00a0» ne ferme rien (écrivez «\u00a0}}\u00a0» pour une accolade)',
  },
  empty: { en: 'empty placeholder “{}”', fr: 'espace réservé vide «\u00a0{}\u00a0»' },
  'bad-name': {
    en: 'placeholder “$name” has characters not allowed',
    fr: 'l’espace réservé «\u00a0$name\u00a0» contient des caractères interdits',
  },
  unknown: { en: 'unknown placeholder “{$name}”', fr: 'espace réservé inconnu «\u00a0{$name}\u00a0»' },
};

/** A template error as one sentence, with its line and column. */
export function templateErrorText(error: TemplateError, language: 'en' | 'fr'): string {
  const what = MESSAGES[error.code][language].replace('$name', error.name ?? '');
  return language === 'fr'
    ? `Ligne ${error.line}, colonne ${error.column}\u00a0: ${what}.`
    : `Line ${error.line}, column ${error.column}: ${what}.`;
}

/** Every error of a user-written template, as sentences (empty when it is fine). */
export function validateTemplate(body: string, language: 'en' | 'fr'): string[] {
  const result = parseTemplate(body);
  return result.ok ? [] : result.errors.map((e) => templateErrorText(e, language));
}
