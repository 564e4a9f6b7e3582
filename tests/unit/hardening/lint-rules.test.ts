import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../../harness/paths';

/**
 * The lint rules that keep page text from becoming markup and keep Guild
 * off the network are proved to fire, by linting snippets as if they were
 * app code (a file under `components/`). A rule that silently stopped
 * matching would otherwise go unnoticed.
 */

const eslint = new ESLint({ cwd: ROOT });

async function problems(code: string, file = 'components/Probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

const FORBIDDEN: [string, string][] = [
  [
    'dangerouslySetInnerHTML',
    'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;',
  ],
  ['innerHTML write', 'export function f(e: HTMLElement, s: string) { e.innerHTML = s; }'],
  ['innerHTML append', 'export function f(e: HTMLElement, s: string) { e.innerHTML += s; }'],
  ['outerHTML write', 'export function f(e: HTMLElement, s: string) { e.outerHTML = s; }'],
  ['computed innerHTML write', "export function f(e: HTMLElement, s: string) { e['innerHTML'] = s; }"],
  [
    'insertAdjacentHTML',
    "export function f(e: HTMLElement, s: string) { e.insertAdjacentHTML('beforeend', s); }",
  ],
  ['document.write', 'export function f(s: string) { document.write(s); }'],
  [
    'createContextualFragment',
    'export function f(s: string) { return document.createRange().createContextualFragment(s); }',
  ],
  ['fetch', "export const f = () => fetch('https://example.com');"],
  ['window.fetch', "export const f = () => window.fetch('https://example.com');"],
  ['globalThis.fetch', "export const f = () => globalThis.fetch('https://example.com');"],
  ['fetch as a value', 'export const f = fetch;'],
  ['fetch handed on', 'export const f = (run: (g: typeof fetch) => void) => run(fetch);'],
  ['fetch bound', 'export const f = fetch.bind(globalThis);'],
  ["globalThis['fetch']", "export const f = () => globalThis['fetch']('https://example.com');"],
  [
    'fetch destructured',
    "const { fetch: get } = globalThis;\nexport const f = () => get('https://example.com');",
  ],
  ['XMLHttpRequest', 'export const f = () => new XMLHttpRequest();'],
  ['WebSocket', "export const f = () => new WebSocket('wss://example.com');"],
  ['EventSource', "export const f = () => new EventSource('https://example.com');"],
  ['sendBeacon', "export const f = () => navigator.sendBeacon('https://example.com', 'x');"],
  ['eval', 'export const f = (s: string) => eval(s);'],
  ['new Function', 'export const f = (s: string) => new Function(s);'],
];

describe('lint rules that guard app code', () => {
  test.each(FORBIDDEN)('%s is an error in app code', { timeout: 60_000 }, async (_name, code) => {
    expect(await problems(code)).not.toEqual([]);
  });

  test('plain text rendering and textContent are fine', async () => {
    expect(
      await problems(
        'export const A = (p: { s: string }) => <p>{p.s}</p>;\nexport function f(e: HTMLElement, s: string) { e.textContent = s; }\n',
      ),
    ).toEqual([]);
  });
});

describe('the one exception: the sync transport', () => {
  const TRANSPORT = 'lib/sync/transport.ts';

  test('fetch is allowed in lib/sync/transport.ts only', { timeout: 60_000 }, async () => {
    const code = "export const f = () => fetch('https://couch.example.com/guild');\n";
    expect(await problems(code, TRANSPORT)).toEqual([]);
    expect(await problems(code, 'lib/sync/replicate.ts')).not.toEqual([]);
    expect(await problems(code, 'lib/sync/transport-helper.ts')).not.toEqual([]);
    expect(await problems(code, 'lib/io/transport.ts')).not.toEqual([]);
    // As the transport takes it (a default a test can replace).
    const injected = "export const f = (impl: typeof fetch = fetch) => impl('https://couch.example.com');\n";
    expect(await problems(injected, TRANSPORT)).toEqual([]);
    expect(await problems(injected, 'lib/sync/replicate.ts')).not.toEqual([]);
  });

  test(
    'the transport still may not write markup, open sockets or evaluate strings',
    { timeout: 60_000 },
    async () => {
      for (const code of [
        'export function f(e: HTMLElement, s: string) { e.innerHTML = s; }',
        "export const f = () => new WebSocket('wss://example.com');",
        'export const f = (s: string) => eval(s);',
      ]) {
        expect(await problems(code, TRANSPORT)).not.toEqual([]);
      }
    },
  );
});
