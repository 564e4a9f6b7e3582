import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { countContacts, findByProfileKey } from '@/lib/db';
import { importConnections, parseConnections } from '@/lib/io/linkedin-import';
import { FIXTURES_DIR } from '../../harness/paths';
import { useFreshDb } from '../db/db-fixture';

/** Issue 15: what real Connections.csv files did to the address book, each a test that failed before. */

const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('defect 1: re-importing an export without URLs never merges two people', () => {
  const t = useFreshDb();
  const OLD = 'First Name,Last Name,Email Address,Company,Position,Connected On';

  test('"Ade Bello" at one company and "ADE BELLO" at another stay two people, twice', async () => {
    const text = [OLD, 'Ade,Bello,,Acme,Engineer,12 Mar 2019', 'ADE,BELLO,,Globex,Designer,3 Apr 2020'].join(
      '\n',
    );
    const first = await importConnections(t.db, parseConnections(text));
    expect(first.added).toHaveLength(2);
    const again = await importConnections(t.db, parseConnections(text));
    expect(again).toMatchObject({ added: [], updated: [] });
    expect(again.unchanged).toHaveLength(2);
    const stored = await t.db.contacts.toArray();
    expect(stored.map((c) => [c.name, c.company, c.position]).sort()).toEqual([
      ['ADE BELLO', 'Globex', 'Designer'],
      ['Ade Bello', 'Acme', 'Engineer'],
    ]);
  });

  test('a same-named row at another company is another person: added, and reported', async () => {
    await importConnections(t.db, parseConnections([OLD, 'Ade,Bello,,Acme,Engineer,12 Mar 2019'].join('\n')));
    const report = await importConnections(
      t.db,
      parseConnections([OLD, 'ADE,BELLO,,Globex,Designer,3 Apr 2020'].join('\n')),
    );
    expect(report.updated).toEqual([]);
    expect(report.added.map((r) => r.name)).toEqual(['ADE BELLO']);
    expect(report.warnings).toEqual([expect.objectContaining({ row: 2, reason: 'homonym' })]);
    const acme = await t.db.contacts.where('name').equals('Ade Bello').first();
    expect(acme).toMatchObject({ company: 'Acme', position: 'Engineer', connectedOn: Date.UTC(2019, 2, 12) });
  });

  test('the same name, company and date matches case-insensitively; two such contacts are never guessed', async () => {
    await importConnections(t.db, parseConnections([OLD, 'Ade,Bello,,Acme,Engineer,12 Mar 2019'].join('\n')));
    const report = await importConnections(
      t.db,
      parseConnections([OLD, 'ade,bello,,ACME,Lead,12 Mar 2019'].join('\n')),
    );
    expect(report.updated.map((r) => r.name)).toEqual(['ade bello']);
    expect(await countContacts(t.db)).toBe(1);

    // A second contact agreeing on everything: the row could be either, so it is reported, not merged.
    const [existing] = await t.db.contacts.toArray();
    await t.db.contacts.add({ ...existing!, id: undefined, notes: 'the other one' });
    const twice = await importConnections(
      t.db,
      parseConnections([OLD, 'Ade,Bello,,Acme,CTO,12 Mar 2019'].join('\n')),
    );
    expect(twice).toMatchObject({ added: [], updated: [], unchanged: [] });
    expect(twice.skipped).toEqual([expect.objectContaining({ row: 2, reason: 'ambiguous-match' })]);
    expect((await t.db.contacts.toArray()).map((c) => c.position)).toEqual(['Lead', 'Lead']);
  });
});

describe('defect 2: connection dates in every format real files hold', () => {
  const t = useFreshDb();
  const dated = async (header: string, rows: string[]) => {
    await importConnections(t.db, parseConnections([header, ...rows].join('\r\n')));
    return (await t.db.contacts.orderBy('name').toArray()).map((c) => [c.name, c.connectedOn]);
  };

  test("LinkedIn's 2018 export: header first, no URL column, `7/26/18, 9:14 AM`", async () => {
    expect(
      await dated('First Name,Last Name,Email Address,Company,Position,Connected On', [
        'Ada,One,,Acme,Dev,"7/26/18, 9:14 AM"',
        'Bea,Two,,Acme,Dev,"3/4/18, 10:02 PM"',
      ]),
    ).toEqual([
      ['Ada One', Date.UTC(2018, 6, 26)],
      ['Bea Two', Date.UTC(2018, 2, 4)],
    ]);
  });

  test.each([
    [
      ['23-Apr-23', '5-Jan-26'],
      [Date.UTC(2023, 3, 23), Date.UTC(2026, 0, 5)],
    ],
    [
      ['16.09.2021', '03.04.2022'],
      [Date.UTC(2021, 8, 16), Date.UTC(2022, 3, 3)],
    ],
    [
      ['30-oct-09', '26 Nov 2025'],
      [Date.UTC(2009, 9, 30), Date.UTC(2025, 10, 26)],
    ],
    [
      ['2021-09-16', '7 Nov 2025'],
      [Date.UTC(2021, 8, 16), Date.UTC(2025, 10, 7)],
    ],
    [
      ['03/04/2021', '16/09/2021'],
      [Date.UTC(2021, 3, 3), Date.UTC(2021, 8, 16)],
    ],
  ])('spreadsheet re-save %j', async (dates, expected) => {
    const rows = dates.map((d, i) => `P${i},Q,https://www.linkedin.com/in/p-${i},,,,${d}`);
    const stored = await dated('First Name,Last Name,URL,Email Address,Company,Position,Connected On', rows);
    expect(stored.map(([, day]) => day)).toEqual(expected);
  });

  test('what cannot be read is reported once for the file; an ambiguous column stays empty', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const rows = Array.from(
      { length: 40 },
      (_, i) => `P${i},Q,https://www.linkedin.com/in/p-${i},,,,someday`,
    );
    const parsed = parseConnections([header, ...rows].join('\n'));
    expect(parsed.problems).toEqual([
      { severity: 'warning', reason: 'bad-dates', detail: 'someday', count: 40 },
    ]);
    const ambiguous = parseConnections(
      [
        header,
        'A,B,https://www.linkedin.com/in/a-b,,,,03/04/2021',
        'C,D,https://www.linkedin.com/in/c-d,,,,05/06/2021',
      ].join('\n'),
    );
    expect(ambiguous.rows.map((r) => r.connectedOn)).toEqual([undefined, undefined]);
    expect(ambiguous.problems).toEqual([
      { severity: 'warning', reason: 'ambiguous-dates', detail: '', count: 2 },
    ]);
  });
});

describe('defect 4: Windows-1252 files are read as written, and a garbled name is repaired', () => {
  const t = useFreshDb();
  const file = [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Camille,Lefèvre,https://www.linkedin.com/in/camille-lefevre,,Société Générale,Ingénieure,15 Mar 2024',
  ].join('\r\n');

  test('the encoding is detected and said; no replacement character is stored', async () => {
    const parsed = parseConnections(cp1252(file));
    expect(parsed.encoding).toBe('windows-1252');
    const report = await importConnections(t.db, parsed);
    expect(report.encoding).toBe('windows-1252');
    const contact = await findByProfileKey(t.db, 'linkedin:camille-lefevre');
    expect(contact).toMatchObject({
      name: 'Camille Lefèvre',
      company: 'Société Générale',
      position: 'Ingénieure',
    });
    expect(parseConnections(utf8(file)).encoding).toBe('utf-8');
  });

  test('a name garbled by an earlier import is replaced by the good one from the same URL', async () => {
    // What Guild stored before: the file decoded as UTF-8 with replacement characters.
    const garbled = new TextDecoder('utf-8').decode(cp1252(file));
    expect(garbled).toContain('Lef\uFFFDvre');
    const before = await importConnections(t.db, parseConnections(garbled));
    expect(before.warnings).toEqual([expect.objectContaining({ row: 2, reason: 'garbled' })]);
    await importConnections(t.db, parseConnections(cp1252(file)));
    const contact = await findByProfileKey(t.db, 'linkedin:camille-lefevre');
    expect(contact).toMatchObject({ name: 'Camille Lefèvre', company: 'Société Générale' });
  });

  test('a name the user typed is not replaced by the file', async () => {
    await importConnections(t.db, parseConnections(utf8(file)));
    const contact = await findByProfileKey(t.db, 'linkedin:camille-lefevre');
    await t.db.contacts.update(contact!.id!, { name: 'Camille L.' });
    await importConnections(t.db, parseConnections(utf8(file)));
    expect((await findByProfileKey(t.db, 'linkedin:camille-lefevre'))?.name).toBe('Camille L.');
  });
});

describe('defect 3: a URL with percent-encoded symbols is kept', () => {
  const t = useFreshDb();
  test('the contact is imported with its profile; the raw-Unicode form is the same person', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const encoded = 'https://www.linkedin.com/in/jane-doe-pmp%C2%AE-%C2%A0itil%C2%AE-5a063b7a';
    const report = await importConnections(t.db, parseConnections(`${header}\nJane,Doe,${encoded},,,,`));
    expect(report.warnings).toEqual([]);
    const key = 'linkedin:jane-doe-pmp®-\u00a0itil®-5a063b7a';
    expect((await findByProfileKey(t.db, key))?.name).toBe('Jane Doe');
    const raw = 'https://www.linkedin.com/in/jane-doe-pmp®-\u00a0itil®-5a063b7a/';
    const again = await importConnections(t.db, parseConnections(`${header}\nJane,Doe,${raw},,Acme,,`));
    expect(again.updated).toHaveLength(1);
    expect(await countContacts(t.db)).toBe(1);
  });
});

describe('the issue 15 fixtures (tests/fixtures/hostile-imports)', () => {
  const t = useFreshDb();
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(path.join(FIXTURES_DIR, 'hostile-imports', name)));

  test('a Windows-1252 re-save imports to exactly the names and dates written', async () => {
    const report = await importConnections(t.db, parseConnections(fixture('Connections-windows-1252.csv')));
    expect(report).toMatchObject({ encoding: 'windows-1252', skipped: [], warnings: [] });
    const stored = await t.db.contacts.orderBy('name').toArray();
    expect(stored.map((c) => [c.name, c.company, c.position, c.connectedOn])).toEqual([
      ['Camille Lefèvre', 'Société Générale', 'Ingénieure données', Date.UTC(2021, 8, 16)],
      ['Jürgen Weiß', 'Müller & Söhne GmbH', 'Entwickler', Date.UTC(2022, 3, 3)],
      ['Zoë Œuvray', '“Café” Études', 'Chargée d’études — R&D', Date.UTC(2020, 1, 28)],
    ]);
  });

  test("LinkedIn's 2018 export: three people, their dates, twice with no change", async () => {
    const file = fixture('Connections-2018.csv');
    expect((await importConnections(t.db, parseConnections(file))).added).toHaveLength(3);
    const again = await importConnections(t.db, parseConnections(file));
    expect(again).toMatchObject({ added: [], updated: [], skipped: [], warnings: [] });
    const stored = (await t.db.contacts.toArray()).sort((a, b) => a.connectedOn! - b.connectedOn!);
    expect(stored.map((c) => [c.name, c.company, c.connectedOn])).toEqual([
      ['Ines Duarte', 'Duarte, Lda', Date.UTC(2017, 11, 1)],
      ['ADE BELLO', 'Globex', Date.UTC(2018, 2, 4)],
      ['Ade Bello', 'Acme Logistics', Date.UTC(2018, 6, 26)],
    ]);
  });
});
