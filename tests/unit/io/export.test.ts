import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { buildContact } from '@/lib/db';
import { contactsToCsv } from '@/lib/io/export-csv';
import { neutralizeCell } from '@/lib/io/csv-cell';
import { contactToVcard } from '@/lib/io/vcard';
import { profileFromUrl } from '@/lib/profiles/detect';

const sofia = buildContact(
  {
    name: 'Sofia Rossi',
    company: '=HYPERLINK("http://evil.example")',
    position: '-1+2',
    notes: 'Line one\nLine two; with, punctuation \\ ok',
    tags: ['devops', '@home'],
    profiles: [
      profileFromUrl('https://www.linkedin.com/in/sofiarossi')!,
      profileFromUrl('https://x.com/sofia')!,
    ],
    connectedOn: Date.UTC(2021, 7, 12),
  },
  Date.UTC(2024, 0, 2, 3, 4, 5),
);

describe('CSV export', () => {
  test.each([
    ['=1+1', "'=1+1"],
    ['+33 6', "'+33 6"],
    ['-x', "'-x"],
    ['@sum', "'@sum"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralizeCell(%j) → %j', (input, output) => {
    expect(neutralizeCell(input)).toBe(output);
  });

  test('every cell is neutralised, and the file parses back to the same text', () => {
    const csv = contactsToCsv([sofia]);
    expect(csv.startsWith('\uFEFFName,Headline,Company,')).toBe(true);
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Company')).toBe('\'=HYPERLINK("http://evil.example")');
    expect(cell('Position')).toBe("'-1+2");
    expect(cell('Tags')).toBe('devops; @home');
    expect(cell('Notes')).toBe('Line one\nLine two; with, punctuation \\ ok');
    expect(cell('LinkedIn')).toBe('https://www.linkedin.com/in/sofiarossi/');
    expect(cell('X')).toBe('https://x.com/sofia');
    expect(cell('Connected on')).toBe('2021-08-12');
    expect(cell('Saved on')).toBe('2024-01-02');
  });

  test('progress is reported', () => {
    const seen: number[] = [];
    contactsToCsv([sofia, sofia], (p) => seen.push(p.done));
    expect(seen).toEqual([2]);
  });
});

describe('vCard 4.0', () => {
  const lineOf = (card: string, name: string) =>
    card
      .replace(/\r\n /g, '')
      .split('\r\n')
      .find((l) => l.startsWith(`${name}:`));

  test('escapes text values per RFC 6350', () => {
    const card = contactToVcard({ ...sofia, name: 'a\\b,c;d\ne\r\nf' });
    expect(lineOf(card, 'FN')).toBe('FN:a\\\\b\\,c\\;d\\ne\\nf');
  });

  test('folds long lines at 75 octets without splitting a character', () => {
    const card = contactToVcard({ ...sofia, notes: 'é'.repeat(60) });
    const lines = card.split('\r\n');
    const note = lines.findIndex((l) => l.startsWith('NOTE:'));
    expect(lines[note + 1]!.startsWith(' ')).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lineOf(card, 'NOTE')).toBe(`NOTE:${'é'.repeat(60)}`);
  });

  test('a contact as a vCard', () => {
    expect(contactToVcard(sofia)).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Sofia Rossi',
        'ORG:=HYPERLINK("http://evil.example")',
        'TITLE:-1+2',
        'URL:https://www.linkedin.com/in/sofiarossi/',
        'URL:https://x.com/sofia',
        'CATEGORIES:devops,@home',
        'NOTE:Line one\\nLine two\\; with\\, punctuation \\\\ ok',
        'REV:20240102T030405Z',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });
});
