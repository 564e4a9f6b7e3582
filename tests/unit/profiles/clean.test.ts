import { describe, expect, test } from 'vitest';
import { cleanHttpsUrl, cleanText } from '@/lib/profiles/clean';
import { parseCount } from '@/lib/profiles/count';
import { visibleText } from '@/lib/profiles/text';

describe('cleanText', () => {
  test.each([
    ['  Jane \n\t Doe  ', 'Jane Doe'],
    ['Jane\u00a0Doe', 'Jane Doe'],
    ['Mal\u200blory', 'Mallory'],
    ['\ufeffJane', 'Jane'],
    ['Invoice\u202Efdp.exe', 'Invoicefdp.exe'],
    ['\u2066Jane\u2069 \u2067Doe\u2069', 'Jane Doe'],
    ['\u200eJane\u200f', 'Jane'],
    ['Jane\u0000Doe\u0007', 'Jane Doe'],
    ['Jane\u2028Doe', 'Jane Doe'],
    ['J\u200dane', 'Jane'],
    ['👩🏽\u200d💻 dev', '👩🏽\u200d💻 dev'],
    ['🧑\u200d🚀', '🧑\u200d🚀'],
    ['🏳️\u200d🌈', '🏳️\u200d🌈'],
    ['\u200dJane', 'Jane'],
    ['می\u200cخواهم', 'می\u200cخواهم'],
    ['\u200cJane', 'Jane'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['李小龙 🐉', '李小龙 🐉'],
    ['ليلى حداد', 'ليلى حداد'],
  ])('%j → %j', (input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  test('empty, blank, invisible-only and non-strings give undefined', () => {
    for (const value of ['', '   ', '\u200b\u202e', undefined, null, 42, {}, ['Jane']]) {
      expect(cleanText(value)).toBeUndefined();
    }
  });

  test('long text is capped with an ellipsis, never splitting an emoji', () => {
    expect(cleanText('a'.repeat(100_000), 500)).toBe(`${'a'.repeat(499)}…`);
    expect(cleanText('abc def', 5)).toBe('abc…');
    const emoji = `${'a'.repeat(8)}😀😀`;
    expect(cleanText(emoji, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(cleanText(`${' '.repeat(50_000)}Jane`, 10)).toBeUndefined();
  });
});

describe('cleanHttpsUrl', () => {
  test.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['  https://example.com  ', 'https://example.com/'],
    ['/in/jane/', undefined],
    ['http://example.com', undefined],
    ['javascript:alert(1)', undefined],
    ['data:image/png;base64,AAAA', undefined],
    ['https://localhost/x', undefined],
    ['not a url', undefined],
    [`https://example.com/${'a'.repeat(3000)}`, undefined],
  ])('%s → %s', (input, output) => {
    expect(cleanHttpsUrl(input)).toBe(output);
  });

  test('relative URLs resolve against a base', () => {
    expect(cleanHttpsUrl('/in/jane/', 'https://www.linkedin.com')).toBe('https://www.linkedin.com/in/jane/');
  });
});

describe('parseCount', () => {
  test.each([
    ['758 followers', 758],
    ['6K followers', 6000],
    ['1,017', 1017],
    ['393.2K Followers', 393200],
    ['2.4M', 2400000],
    ['1\u202f234 abonnés', 1234],
    ['1 234 abonnés', 1234],
    ['6,1 k abonnés', 6100],
    ['2,345,678 followers', 2345678],
    ['12.345 Follower', 12345],
    ['3 Mitglieder', 3],
    ['1.5', undefined],
    ['followers', undefined],
    [undefined, undefined],
  ])('%j → %j', (input, output) => {
    expect(parseCount(input)).toBe(output);
  });
});

describe('visibleText', () => {
  const parse = (html: string) => new DOMParser().parseFromString(`<div id="x">${html}</div>`, 'text/html');

  test('leaves out scripts, styles and SVG titles; keeps emoji images; separates blocks', () => {
    const doc = parse(
      '<span>British Army </span><img alt="🇬🇧" src="x.svg"><script>steal()</script><style>.a{}</style>' +
        '<svg><title>Verified</title></svg><img alt="Opens profile photo"><div>Line</div><div>Two</div>Ex-<a>@Mozilla</a>',
    );
    expect(cleanText(visibleText(doc.getElementById('x')))).toBe('British Army 🇬🇧 Line Two Ex-@Mozilla');
  });

  test('a missing element gives undefined', () => {
    expect(visibleText(null)).toBeUndefined();
  });
});
