import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseConnections, parseConnectionsInSlices } from '@/lib/io/linkedin-import';
import { parseConnectedOn } from '@/lib/io/connected-on';
import { FIXTURES_DIR } from '../../harness/paths';
import { Pacer } from '@/lib/io/pacer';

const sample = readFileSync(path.join(FIXTURES_DIR, 'linkedin-export', 'Connections.csv'), 'utf8');
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

describe('parseConnections: the sample export', () => {
  const { rows, problems } = parseConnections(sample);

  test('gives the 7 people of the README, with their fields', () => {
    expect(rows.map((r) => r.name)).toEqual([
      'Camille Lefèvre',
      'Thomas Nguyen',
      'Inès Benali',
      'Julien Moreau',
      'Sofia Rossi',
      '李 雷',
      "Marc-Antoine D'Alembert",
    ]);
    expect(rows[0]).toEqual({
      row: 5,
      name: 'Camille Lefèvre',
      profile: {
        site: 'linkedin',
        key: 'linkedin:camille-lefevre-dev',
        url: 'https://www.linkedin.com/in/camille-lefevre-dev/',
        handle: 'camille-lefevre-dev',
      },
      company: 'Doctolib',
      position: 'Senior Frontend Engineer',
      connectedOn: Date.UTC(2024, 2, 15),
    });
    expect(rows[1]).toMatchObject({
      email: 'thomas.nguyen@example.org',
      position: 'Staff Engineer, Payments',
    });
    expect(rows[2]).toMatchObject({ company: '"Benali, Conseil" SARL', connectedOn: Date.UTC(2025, 10, 7) });
    expect(rows[3]?.profile?.key).toBe('linkedin:julien-moreau-éco');
    expect(rows[4]?.company).toBe('=HYPERLINK("http://evil.example")');
    expect(rows[5]?.profile).toMatchObject({ key: 'linkedin:李雷', handle: '李雷' });
    expect(rows[6]).toMatchObject({ email: 'ma@example.com', connectedOn: Date.UTC(2026, 3, 1) });
  });

  test('reports the nameless row and the duplicate with their row numbers', () => {
    expect(problems).toEqual([
      {
        row: 10,
        severity: 'skipped',
        reason: 'no-name',
        detail: 'https://www.linkedin.com/in/anonymous-member',
      },
      { row: 14, severity: 'skipped', reason: 'duplicate', detail: '6' },
    ]);
  });
});

describe('parseConnections: quirks', () => {
  test('an old export without preamble or URL column, LF endings, columns in another order', () => {
    const text = 'Last Name,First Name,Company\nDoe,Jane,Acme\n';
    expect(parseConnections(text)).toEqual({
      rows: [{ row: 2, name: 'Jane Doe', company: 'Acme' }],
      problems: [],
    });
  });

  test('a longer preamble is skipped wherever the header row is', () => {
    const text = `Notes:\r\n"a\r\nmulti-line note"\r\nmore\r\n\r\n\r\n${HEADER}\r\nA,B,https://www.linkedin.com/in/ab/,,,,\r\n`;
    const { rows } = parseConnections(text);
    expect(rows.map((r) => [r.name, r.profile?.key])).toEqual([['A B', 'linkedin:ab']]);
  });

  test('a file that is not a connections export says so', () => {
    expect(parseConnections('name,email\nJane,j@x.org').problems).toEqual([
      { reason: 'no-header', severity: 'refused', detail: '' },
    ]);
    expect(parseConnections('')).toMatchObject({ rows: [] });
  });

  test('URLs with and without trailing slash, scheme or case are one connection', () => {
    const text = [
      HEADER,
      'A,B,https://www.linkedin.com/in/Jane-Doe,,,,',
      'A,B,www.linkedin.com/in/jane-doe/,,,,',
      'A,B,http://fr.linkedin.com/in/jane-doe?trk=x,,,,',
    ].join('\n');
    const { rows, problems } = parseConnections(text);
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => [p.row, p.reason])).toEqual([
      [3, 'duplicate'],
      [4, 'duplicate'],
    ]);
  });

  test('an unreadable date or a URL that is not a profile keeps the row, with a warning (dates: once for the file)', () => {
    const text = [HEADER, 'A,B,https://example.org/x,,,,Yesterday', 'C,D,,,,,31 Feb 2024'].join('\n');
    const { rows, problems } = parseConnections(text);
    expect(rows).toEqual([
      { row: 2, name: 'A B' },
      { row: 3, name: 'C D' },
    ]);
    expect(problems.map((p) => [p.row, p.severity, p.reason, p.count])).toEqual([
      [2, 'warning', 'bad-url', undefined],
      [undefined, 'warning', 'bad-dates', 2],
    ]);
  });

  test('over-long cells are cut to the schema limits rather than failing the import', () => {
    const text = `${HEADER}\n${'x'.repeat(300)},,,,${'c'.repeat(300)},,`;
    const [row] = parseConnections(text).rows;
    expect(row?.name).toHaveLength(200);
    expect(row?.company).toHaveLength(200);
  });
});

describe('parseConnectedOn', () => {
  test.each([
    ['15 Mar 2024', Date.UTC(2024, 2, 15)],
    ['7 Nov 2025', Date.UTC(2025, 10, 7)],
    ['03 Jan 2023', Date.UTC(2023, 0, 3)],
    [' 1 apr 2026 ', Date.UTC(2026, 3, 1)],
    ['2024-03-15', Date.UTC(2024, 2, 15)],
    ['29 Feb 2024', Date.UTC(2024, 1, 29)],
    ['29 Feb 2023', undefined],
    ['15 Foo 2024', undefined],
    ['', undefined],
    ['Mar 15, 2024', undefined],
  ])('%s', (text, expected) => {
    expect(parseConnectedOn(text)).toBe(expected);
  });
});

describe('parseConnectionsInSlices: what the dashboard calls', () => {
  const big = [
    HEADER,
    ...Array.from(
      { length: 2_000 },
      (_, i) => `First${i},Last${i},https://www.linkedin.com/in/p-${i},,Co,Dev,1 Jan 2024`,
    ),
    'Dup,Row,https://www.linkedin.com/in/p-7,,Co,Dev,1 Jan 2024',
  ].join('\r\n');

  test('gives the same rows and problems as the one-go parse', async () => {
    expect(await parseConnectionsInSlices(sample)).toEqual(parseConnections(sample));
    expect(await parseConnectionsInSlices(big)).toEqual(parseConnections(big));
  });

  test('lets the page run between slices instead of holding it for the whole file', async () => {
    // A slice of 0 ms: every chance to breathe is taken, whatever the machine's speed (with the
    // real 12 ms slice, a fast machine parses this file in one or two slices).
    let ticks = 0;
    const tick = setInterval(() => ticks++, 0);
    const parsed = await parseConnectionsInSlices(big, new Pacer(0));
    clearInterval(tick);
    expect(parsed.rows).toHaveLength(2_000);
    expect(parsed.problems).toEqual([expect.objectContaining({ row: 2_002, reason: 'duplicate' })]);
    // A timer set before the parse ran before it returned: the page was not held.
    expect(ticks).toBeGreaterThanOrEqual(1);
  });
});

describe('parseConnectionsInSlices: decoded and read in slices, never in one pass', () => {
  const rows = (n: number, sep = ',') =>
    Array.from({ length: n }, (_, i) =>
      [
        `Zoé${i}`,
        `Lefèvre${i}`,
        `https://www.linkedin.com/in/z-${i}`,
        '',
        'Société',
        'Dev',
        '16.09.2021',
      ].join(sep),
    );
  const preamble = ['Notes:', '"When exporting your connection data, you may notice something."', ''];
  const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
  const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  const files: [string, Uint8Array][] = [
    ['UTF-8 with a preamble', new TextEncoder().encode([...preamble, HEADER, ...rows(6_000)].join('\n'))],
    ['UTF-8 with BOM, CRLF', utf8Bom([HEADER, ...rows(3_000)].join('\r\n'))],
    ['Windows-1252, semicolons', cp1252([HEADER.replaceAll(',', ';'), ...rows(3_000, ';')].join('\r\n'))],
    ['cut off inside quotes', new TextEncoder().encode([HEADER, ...rows(10), 'Ann,"Cut'].join('\n'))],
    [
      'blank lines between rows',
      new TextEncoder().encode([HEADER, 'A,B,,,,,', '', '', 'C,D,,,,,'].join('\n')),
    ],
  ];

  test.each(files)('%s: the same rows, problems and encoding as the one-go parse', async (_, bytes) => {
    expect(await parseConnectionsInSlices(bytes)).toEqual(parseConnections(bytes));
  });

  test('the page gets a chance to breathe at least every 64 K characters and every 100 rows', async () => {
    const [, bytes] = files[0]!;
    let chances = 0;
    const pacer = { breathe: async () => void (chances += 1) } as unknown as Pacer;
    const parsed = await parseConnectionsInSlices(bytes, pacer);
    expect(parsed.rows).toHaveLength(6_000);
    expect(chances).toBeGreaterThanOrEqual(
      Math.floor(bytes.length / (256 * 1024)) + bytes.length / 65_536 + 60 - 2,
    );
  });

  test('a file cut off inside quotes is refused at the row where the quote opened', async () => {
    const [, bytes] = files[3]!;
    expect((await parseConnectionsInSlices(bytes)).problems).toEqual([
      expect.objectContaining({ reason: 'cut-off', detail: '12' }),
    ]);
  });
});
