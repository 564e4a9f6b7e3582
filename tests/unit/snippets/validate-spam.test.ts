import { describe, expect, test } from 'vitest';
import { checkCopySpam, parseTemplate, renderTemplate, templateHash, validateTemplate } from '@/lib/snippets';
import type { CopyLog } from '@/lib/schemas/feedback';

describe('validating user templates', () => {
  test('a good template has no error', () => {
    expect(validateTemplate('Hi {firstName}, about {project?}… {{literal}}', 'en')).toEqual([]);
  });

  test('unknown placeholder, with line and column', () => {
    expect(validateTemplate('Hi {firstName},\nsee {link}', 'en')).toEqual([
      'Line 2, column 5: unknown placeholder “{link}”.',
    ]);
    expect(validateTemplate('Salut {prenom}', 'fr')).toEqual([
      'Ligne 1, colonne 7\u00a0: espace réservé inconnu «\u00a0{prenom}\u00a0».',
    ]);
  });

  test('unbalanced braces: unclosed, stray closing, empty', () => {
    const r = parseTemplate('Hi {firstName, ok} and {} then }');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.column])).toEqual([
      ['bad-name', 4],
      ['empty', 24],
      ['stray-close', 32],
    ]);
    expect(validateTemplate('Hi {firstName\nthere', 'en')).toEqual([
      'Line 1, column 4: “{” is never closed.',
    ]);
    expect(validateTemplate('Bye }', 'en')).toEqual([
      'Line 1, column 5: “}” closes nothing (write “}}” for a brace).',
    ]);
  });

  test('a broken template renders nothing and cannot be copied', () => {
    const r = renderTemplate('Hi {name}', { firstName: 'Ana' });
    expect(r.isComplete).toBe(false);
    expect(r.errors[0]).toMatchObject({ code: 'unknown', name: 'name' });
  });
});

describe('copy-paste spam check', () => {
  const DAY = 86_400_000;
  const NOW = 100 * DAY;
  const body = 'Hi {firstName}, great to meet you at {event}! Here is {promised}.';
  const hashFor = (firstName: string, promised = 'my slides') =>
    templateHash(renderTemplate(body, { firstName, event: 'DevFest', promised }).segments);
  const log = (contactId: number | undefined, hash: string, daysAgo: number, id = contactId): CopyLog => ({
    id,
    templateHash: hash,
    at: NOW - daysAgo * DAY,
    ...(contactId === undefined ? {} : { contactId }),
  });

  test('the same text with only the name changed has the same fingerprint', () => {
    expect(hashFor('Ana')).toBe(hashFor('Ben'));
    expect(hashFor('Ana')).not.toBe(hashFor('Ana', 'the repo we discussed'));
  });

  test('three other people this week: the fourth copy warns', () => {
    const h = hashFor('Dan');
    const three = [log(1, h, 1), log(2, h, 2), log(3, h, 6)];
    expect(checkCopySpam(three.slice(0, 2), h, 4, NOW)).toEqual({ warn: false, people: 2 });
    expect(checkCopySpam(three, h, 4, NOW)).toEqual({ warn: true, people: 3 });
  });

  test('older than a week, another text, or the same person again: no warning', () => {
    const h = hashFor('Dan');
    const other = hashFor('Dan', 'the repo');
    expect(checkCopySpam([log(1, h, 8), log(2, h, 9), log(3, h, 10)], h, 4, NOW).warn).toBe(false);
    expect(checkCopySpam([log(1, other, 1), log(2, other, 1), log(3, other, 1)], h, 4, NOW).warn).toBe(false);
    expect(checkCopySpam([log(1, h, 1), log(2, h, 1), log(4, h, 1, 9)], h, 4, NOW)).toEqual({
      warn: false,
      people: 2,
    });
  });

  test('copies without a person each count as someone', () => {
    const h = hashFor('Dan');
    expect(
      checkCopySpam(
        [log(undefined, h, 1, 1), log(undefined, h, 1, 2), log(undefined, h, 2, 3)],
        h,
        undefined,
        NOW,
      ).warn,
    ).toBe(true);
  });
});
