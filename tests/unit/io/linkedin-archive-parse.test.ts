import { describe, expect, test } from 'vitest';
import { CsvStream } from '@/lib/io/archive/csv-stream';
import { decodeCsvBytes } from '@/lib/io/archive/decode';
import { archiveFileKind } from '@/lib/io/archive/file-kinds';
import { MessagesReader } from '@/lib/io/archive/messages';
import { Pacer } from '@/lib/io/pacer';
import { profileOfCell } from '@/lib/io/archive/people';
import { settleMessages } from '@/lib/io/archive/settle';
import { crc32 } from '@/lib/io/archive/zip-directory';

function records(text: string, pieceSize: number, delimiter = ','): string[][] {
  const out: string[][] = [];
  const csv = new CsvStream((cells) => out.push(cells), delimiter);
  for (let i = 0; i < text.length; i += pieceSize) csv.push(text.slice(i, i + pieceSize));
  expect(csv.end()).toBe(true);
  return out;
}

describe('CsvStream', () => {
  const text = 'A,B,C\r\n"x, y","He said ""hi""",\n\n' + '"line one\nline two",plain,""\r\n"",,"last"\n\n';
  const expected = [
    ['A', 'B', 'C'],
    ['x, y', 'He said "hi"', ''],
    ['line one\nline two', 'plain', ''],
    ['', '', 'last'],
  ];

  test.each([1, 2, 3, 5, 7, 1000])('the same records whatever the piece size (%i)', (size) => {
    expect(records(text, size)).toEqual(expected);
  });

  test('a file without a final line break keeps its last record; blank lines are dropped', () => {
    expect(records('a,b\n\n\n1,2', 4)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('a quoted cell that never closes is a cut-off file', () => {
    const csv = new CsvStream(() => undefined);
    csv.push('a,b\n1,"never closed');
    expect(csv.end()).toBe(false);
  });

  test('TAB-separated (LinkedIn 2018 UTF-16 files)', () => {
    expect(records('"Endorsement Date"\t"Skill Name"\n"2018/01/02 10:00:00 UTC"\t"Go"\n', 3, '\t')).toEqual([
      ['Endorsement Date', 'Skill Name'],
      ['2018/01/02 10:00:00 UTC', 'Go'],
    ]);
  });
});

describe('decoding a file', () => {
  const decode = async (bytes: number[]) => {
    // Two parts cut in the middle of the bytes (of a character, for 'é'), as the ZIP reader hands them.
    const all = new Uint8Array(bytes);
    const cut = Math.floor(all.length / 2) | 1;
    const out = await decodeCsvBytes([all.subarray(0, cut), all.subarray(cut)], new Pacer());
    return { text: out.pieces.join(''), encoding: out.encoding, bom: out.bom, delimiter: out.delimiter };
  };

  test('UTF-16LE with BOM is TAB-separated (LinkedIn 2018)', async () => {
    const text = '"A"\t"B"\n';
    const bytes = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(await decode(bytes)).toEqual({ text, encoding: 'utf-16le', bom: true, delimiter: '\t' });
  });

  test('UTF-8 as LinkedIn writes it, decoded piece by piece (a character split across pieces too)', async () => {
    const text = 'Name\n' + 'é'.repeat(300_000) + '\n';
    expect(await decode([...Buffer.from(text)])).toEqual({
      text,
      encoding: 'utf-8',
      bom: false,
      delimiter: ',',
    });
  });

  test('a BOM is dropped; bytes that are not UTF-8 are Windows-1252 (never U+FFFD)', async () => {
    expect(await decode([0xef, 0xbb, 0xbf, ...Buffer.from('Name;Company\n')])).toEqual({
      text: 'Name;Company\n',
      encoding: 'utf-8',
      bom: true,
      delimiter: ';',
    });
    const cp1252 = await decode([...Buffer.from('Name\nLef'), 0xe8, ...Buffer.from('vre\n')]);
    expect(cp1252).toEqual({
      text: 'Name\nLefèvre\n',
      encoding: 'windows-1252',
      bom: false,
      delimiter: ',',
    });
  });
});

test('file kinds: any folder, any case, legacy spaces; AI coach chats are not messages', () => {
  expect(archiveFileKind('Complete_LinkedInDataExport_08-26-2025.zip/MESSAGES.CSV')).toBe('messages');
  expect(archiveFileKind('export (1)/Endorsement Received Info.csv')).toBe('endorsements-received');
  expect(archiveFileKind('Connections.csv')).toBe('connections');
  expect(archiveFileKind('guide_messages.csv')).toBeUndefined();
  expect(archiveFileKind('Jobs/Job Applications.csv')).toBeUndefined();
});

test('profile URLs as the archive writes them', () => {
  const key = (cell: string) => profileOfCell(cell)?.key;
  expect(key('www.linkedin.com/in/ben-sample-77')).toBe('linkedin:ben-sample-77');
  expect(key('https://www.linkedin.com/in/jos%C3%A9-ejemplo')).toBe(
    key('https://www.linkedin.com/in/josé-ejemplo'),
  );
  expect(key('https://www.linkedin.com/in')).toBeUndefined();
  expect(key('urn:li:member:123456789')).toBeUndefined();
  expect(key('')).toBeUndefined();
});

describe('messages: who is the user, and whom each message was with', () => {
  const read = (lines: string[]) => {
    const reader = new MessagesReader('messages.csv');
    for (const line of lines) records(line, 1000).forEach((cells) => reader.record(cells));
    return reader;
  };

  test('2021–2023 files (9 columns, no recipient URLs): the user is the sender whose name Profile.csv gives', () => {
    const reader = read([
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER',
      '1,,Ben Sample,https://www.linkedin.com/in/ben,Ada Example,2022-05-02 10:00:00 UTC,,hi,INBOX',
      '1,,Ada Example,https://www.linkedin.com/in/ada,"Ben Sample",2022-05-01 10:00:00 UTC,,hello,INBOX',
      '2,,Ada Example,https://www.linkedin.com/in/ada,"Cleo Demo, PhD",2022-04-01 10:00:00 UTC,,yo,INBOX',
    ]);
    const settled = settleMessages(reader, [], 'Ada Example');
    expect(settled.unattributed).toBe(0);
    expect(
      settled.people.map((p) => [
        p.person.profile?.key ?? p.person.name,
        p.months.map((m) => [m.month, m.sent, m.received]),
      ]),
    ).toEqual([
      ['linkedin:ben', [['2022-05', 0, 1]]],
      ['Ben Sample', [['2022-05', 1, 0]]],
      // "Cleo Demo, PhD" is one name: TO is never split on commas.
      ['Cleo Demo, PhD', [['2022-04', 1, 0]]],
    ]);
  });

  test('2018 files: the Direction column says which way', () => {
    const reader = read([
      'From,To,Date,Subject,Content,Direction,Folder',
      'Ben Sample,Ada Example,"5/2/18, 10:00 AM",,hi,INCOMING,INBOX',
      'Ada Example,Ben Sample,"5/1/18, 9:00 AM",,hello,OUTGOING,SENT',
    ]);
    const settled = settleMessages(reader, [], undefined);
    expect(settled.people.map((p) => [p.person.name, p.months])).toEqual([
      ['Ben Sample', [{ month: '2018-05', sent: 1, received: 1, last: Date.UTC(2018, 4, 2, 10) }]],
    ]);
  });

  test('without any way to recognise the user, messages are left uncounted, never guessed', () => {
    const reader = read([
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER',
      '1,,Ben Sample,,Ada Example,2022-05-02 10:00:00 UTC,,hi,INBOX',
    ]);
    expect(settleMessages(reader, [], undefined)).toEqual({ people: [], unattributed: 1 });
  });
});

test('CRC-32 of ZIP', () => {
  expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  const bytes = new TextEncoder().encode('hello world');
  expect(crc32(bytes.subarray(5), crc32(bytes.subarray(0, 5)))).toBe(crc32(bytes));
});
