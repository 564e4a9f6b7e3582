import { describe, expect, test } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { ArchiveError, importLinkedInArchive, type ArchiveReport } from '@/lib/io/archive';
import type { GuildDatabase } from '@/lib/db';
import { suggestCloseCircle } from '@/lib/routine/close-circle';
import { archiveFiles, buildArchiveZip } from '../../harness/linkedin-archive';
import { everything, useFreshDb } from '../db/db-fixture';

const NOW = Date.UTC(2026, 11, 1, 12);
const at = (iso: string) => Date.parse(`${iso}Z`);
const blob = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);

function importZip(db: GuildDatabase, bytes = buildArchiveZip()): Promise<ArchiveReport> {
  return importLinkedInArchive(
    db,
    [blob(bytes)],
    ['Complete_LinkedInDataExport_12-01-2026.zip'],
    undefined,
    NOW,
  );
}

/** Contacts as the user sees them: name → last interaction (ISO) and circle. */
async function people(db: GuildDatabase) {
  const contacts = await db.contacts.orderBy('name').toArray();
  return contacts.map((c) => [
    c.name,
    c.lastInteractionAt === undefined ? null : new Date(c.lastInteractionAt).toISOString(),
    c.circle,
  ]);
}

/** Every timeline entry as `who · what · date`, sorted. */
async function timeline(db: GuildDatabase) {
  const names = new Map((await db.contacts.toArray()).map((c) => [c.id, c.name]));
  const entries = await db.interactions.toArray();
  return entries
    .map((i) => {
      const a = i.archive!;
      const what =
        a.what === 'messages'
          ? `messages ${a.month} sent ${a.sent} received ${a.received}`
          : a.what === 'endorsement'
            ? `endorsement by ${a.by}: ${a.skills.join(', ')}`
            : `${a.what} by ${a.by}`;
      return `${names.get(i.contactId)} · ${i.kind}${i.direction ? `/${i.direction}` : ''} · ${what} · ${new Date(i.date).toISOString()}`;
    })
    .sort();
}

const EXPECTED_PEOPLE = [
  ['Ben Sample', '2026-11-20T10:00:00.000Z', 'acquaintance'],
  ['Cleo Demo', '2026-09-10T14:00:00.000Z', 'acquaintance'],
  ['Dan Placeholder', '2026-03-08T09:15:00.000Z', 'acquaintance'],
  ['Gil Fictive, MBA', '2024-04-16T08:00:00.000Z', 'acquaintance'],
  ['HANA TWIN', null, 'acquaintance'],
  ['Hana Twin', '2025-05-01T10:00:00.000Z', 'acquaintance'],
  ['Ivo Quiet', null, 'acquaintance'],
  ['José Ejemplo', '2026-07-04T18:30:00.000Z', 'acquaintance'],
];

const EXPECTED_TIMELINE = [
  'Ben Sample · message · messages 2025-06 sent 1 received 0 · 2025-06-01T12:00:00.000Z',
  'Ben Sample · message · messages 2026-08 sent 1 received 0 · 2026-08-02T10:00:00.000Z',
  'Ben Sample · message · messages 2026-10 sent 1 received 2 · 2026-10-15T16:05:09.000Z',
  'Ben Sample · message · messages 2026-11 sent 2 received 1 · 2026-11-20T10:00:00.000Z',
  'Ben Sample · received/received · endorsement by them: Rust, SQL · 2025-01-10T16:05:09.000Z',
  'Cleo Demo · gave/gave · endorsement by me: TypeScript · 2025-02-11T11:00:00.000Z',
  'Cleo Demo · message · invitation by them · 2025-02-02T08:00:00.000Z',
  'Cleo Demo · message · messages 2026-08 sent 1 received 1 · 2026-08-02T10:00:00.000Z',
  'Cleo Demo · message · messages 2026-09 sent 1 received 1 · 2026-09-10T14:00:00.000Z',
  'Dan Placeholder · message · invitation by me · 2026-03-07T16:05:00.000Z',
  'Dan Placeholder · message · messages 2026-03 sent 0 received 1 · 2026-03-08T09:15:00.000Z',
  'Gil Fictive, MBA · message · messages 2024-04 sent 1 received 0 · 2024-04-16T08:00:00.000Z',
  'Gil Fictive, MBA · received/received · recommendation by them · 2024-04-15T21:25:00.000Z',
  'Hana Twin · recommended/gave · recommendation by me · 2025-05-01T10:00:00.000Z',
  'José Ejemplo · message · messages 2026-07 sent 2 received 1 · 2026-07-04T18:30:00.000Z',
];

describe('LinkedIn archive import (fixture archive)', () => {
  const fixture = useFreshDb();

  test('imports to exactly the expected contacts, timeline, open invitations and report', async () => {
    const { db } = fixture;
    const report = await importZip(db);

    expect(await people(db)).toEqual(EXPECTED_PEOPLE);
    expect(await timeline(db)).toEqual(EXPECTED_TIMELINE);
    // Message text is never stored, only what the entry means.
    expect(JSON.stringify(await db.interactions.toArray())).not.toMatch(/Coffee|Thursday|Gracias|hiring/);
    const gil = (await db.interactions.where('kind').equals('received').toArray()).find(
      (i) => i.archive?.what === 'recommendation',
    );
    expect(gil?.notes).toBe('Ada led our parser rewrite.   She is thorough and kind.');
    expect((await db.invitations.orderBy('key').toArray()).map(({ id: _id, ...rest }) => rest)).toEqual([
      {
        key: 'received:linkedin:finn-madeup',
        direction: 'received',
        name: 'Finn Madeup, PhD',
        profile: {
          site: 'linkedin',
          key: 'linkedin:finn-madeup',
          url: 'https://www.linkedin.com/in/finn-madeup/',
          handle: 'finn-madeup',
        },
        sentAt: at('2026-03-05T09:01:00'),
      },
      {
        key: 'sent:linkedin:eve-invented',
        direction: 'sent',
        name: 'Eve Invented',
        profile: {
          site: 'linkedin',
          key: 'linkedin:eve-invented',
          url: 'https://www.linkedin.com/in/eve-invented/',
          handle: 'eve-invented',
        },
        sentAt: at('2026-03-06T10:12:00'),
      },
    ]);

    expect(report.connections?.added).toHaveLength(8);
    expect(report.entries).toEqual({
      messages: { added: 9, updated: 0, unchanged: 0 },
      invitation: { added: 2, updated: 0, unchanged: 0 },
      recommendation: { added: 2, updated: 0, unchanged: 0 },
      endorsement: { added: 2, updated: 0, unchanged: 0 },
    });
    expect(report.messages).toEqual({ counted: 17, people: 5, unattributed: 0 });
    expect(report.unmatched).toEqual({
      messages: { notAContact: 1, ambiguous: 0 },
      invitations: { notAContact: 2, ambiguous: 0 },
      recommendations: { notAContact: 0, ambiguous: 0 },
      endorsements: { notAContact: 1, ambiguous: 0 },
    });
    expect(report.pending).toEqual({ sent: 1, received: 1 });
    expect(report.lastInteractionsMoved).toBe(6);
    expect(Object.fromEntries(report.files.map((f) => [f.name, [f.status, f.rows, f.used]]))).toEqual({
      'Connections.csv': ['used', 8, 8],
      'Profile.csv': ['used', 1, 1],
      'Invitations.csv': ['used', 4, 4],
      'messages.csv': ['used', 20, 17],
      'Recommendations_Received.csv': ['used', 1, 1],
      'Recommendations_Given.csv': ['used', 1, 1],
      'Endorsement_Received_Info.csv': ['used', 3, 3],
      'Endorsement_Given_Info.csv': ['used', 1, 1],
      'Skills.csv': ['not-used', 0, 0],
      'Rich_Media.csv': ['not-used', 0, 0],
      'Job Applications.csv': ['not-used', 0, 0],
      'parsers.html': ['not-used', 0, 0],
      'guide_messages.csv': ['not-used', 0, 0],
    });
  });

  test('an open keep-in-touch task is done when the archive shows an exchange since it was set, as a logged interaction does', async () => {
    const { db } = fixture;
    await importZip(db);
    const id = async (name: string) => (await db.contacts.where('name').equals(name).first())!.id!;
    const [ben, cleo] = [await id('Ben Sample'), await id('Cleo Demo')];
    const set = at('2026-10-01T09:00:00');
    const task = (contactId: number, kind: 'keep-in-touch' | 'follow-up') =>
      ({ kind, contactId, due: set, status: 'open', origin: 'routine', createdAt: set }) as const;
    const [benKeep, benFollowUp, cleoKeep] = (await db.tasks.bulkAdd(
      [task(ben, 'keep-in-touch'), task(ben, 'follow-up'), task(cleo, 'keep-in-touch')],
      { allKeys: true },
    )) as number[];

    const report = await importZip(db);
    expect(report.keepInTouchDone).toBe(1);
    // Ben's last messages (20 Nov) came after the task: done that day. Cleo's (10 Sep) came before: still open.
    expect(await db.tasks.get(benKeep!)).toMatchObject({ status: 'done', doneAt: at('2026-11-20T10:00:00') });
    expect(await db.tasks.get(cleoKeep!)).toMatchObject({ status: 'open' });
    expect((await db.tasks.get(cleoKeep!))?.doneAt).toBeUndefined();
    // Only keep-in-touch: a follow-up asks for something a message count cannot show was done.
    expect(await db.tasks.get(benFollowUp!)).toMatchObject({ status: 'open' });

    const before = await everything(db);
    expect((await importZip(db)).keepInTouchDone).toBe(0);
    expect(await everything(db)).toEqual(before);
  });

  test('importing the same archive again changes nothing', async () => {
    const { db } = fixture;
    await importZip(db);
    const before = await everything(db);
    const again = await importZip(db);
    expect(await everything(db)).toEqual(before);
    expect(again.entries).toEqual({
      messages: { added: 0, updated: 0, unchanged: 9 },
      invitation: { added: 0, updated: 0, unchanged: 2 },
      recommendation: { added: 0, updated: 0, unchanged: 2 },
      endorsement: { added: 0, updated: 0, unchanged: 2 },
    });
    expect(again.connections?.unchanged).toHaveLength(8);
    expect(again.lastInteractionsMoved).toBe(0);
  });

  test('the close circle is suggested from the last 12 months of messages, most first', async () => {
    const { db } = fixture;
    await importZip(db);
    const suggested = await suggestCloseCircle(db, NOW);
    expect(suggested.map((s) => [s.contact.name, s.messages])).toEqual([
      ['Ben Sample', 7],
      ['Cleo Demo', 4],
      ['José Ejemplo', 3],
      ['Dan Placeholder', 1],
    ]);
  });

  test('one CSV of the archive can be dropped on its own', async () => {
    const { db } = fixture;
    const files = archiveFiles();
    await importLinkedInArchive(db, [blob(files['Connections.csv']!)], ['Connections.csv'], undefined, NOW);
    await importLinkedInArchive(db, [blob(files['messages.csv']!)], ['messages.csv'], undefined, NOW);
    expect((await timeline(db)).filter((line) => line.includes('messages'))).toHaveLength(9);
  });

  describe('refused archives write nothing, with one reason', () => {
    const refusal = async (db: GuildDatabase, bytes: Uint8Array, name = 'archive.zip') => {
      const before = await everything(db);
      const error = await importLinkedInArchive(db, [blob(bytes)], [name], undefined, NOW).catch(
        (e: unknown) => e,
      );
      expect(await everything(db)).toEqual(before);
      expect(error).toBeInstanceOf(ArchiveError);
      return (error as ArchiveError).refusal;
    };

    test('a corrupt ZIP (damaged in the middle of a file)', async () => {
      const bytes = buildArchiveZip();
      const damaged = bytes.slice();
      for (let i = 200; i < 400; i += 1) damaged[i] = 0xaa;
      expect((await refusal(fixture.db, damaged)).code).toBe('corrupt');
    });

    test('a ZIP cut off mid-download', async () => {
      const bytes = buildArchiveZip();
      expect((await refusal(fixture.db, bytes.slice(0, Math.floor(bytes.length / 2)))).code).toBe('corrupt');
    });

    test('a ZIP of something else', async () => {
      const other = zipSync({
        'holiday/photo.txt': strToU8('not LinkedIn'),
        'notes.csv': strToU8('a,b\n1,2\n'),
      });
      expect(await refusal(fixture.db, other)).toEqual({ code: 'not-linkedin' });
    });

    test('a file that is not a ZIP', async () => {
      expect(await refusal(fixture.db, strToU8('%PDF-1.7'), 'export.pdf')).toEqual({ code: 'not-zip' });
    });

    test("an archive from another year's format (unknown headers)", async () => {
      const bytes = buildArchiveZip((files) => {
        files['messages.csv'] = strToU8('Thread,Author,When,Body\n1,Ben,yesterday,hello\n');
      });
      expect(await refusal(fixture.db, bytes)).toEqual({
        code: 'unknown-format',
        file: 'messages.csv',
        missing: ['from', 'to', 'date'],
      });
    });

    test('a file whose dates are all in an unknown pattern', async () => {
      const bytes = buildArchiveZip((files) => {
        files['Invitations.csv'] = strToU8(
          'From,To,Sent At,Message,Direction\nAda Example,Eve Invented,07.03.2026 16:05,,OUTGOING\n',
        );
      });
      expect(await refusal(fixture.db, bytes)).toEqual({
        code: 'unknown-dates',
        file: 'Invitations.csv',
        sample: '07.03.2026 16:05',
      });
    });
  });
});
