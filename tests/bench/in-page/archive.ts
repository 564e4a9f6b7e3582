/**
 * The LinkedIn archive import at LinkedIn's scale (30,000 connections, the
 * most it allows, and 200,000 messages), in an extension page: a synthetic
 * archive shaped like FORMATS.md is zipped in the page, imported as the
 * dashboard does (in the extension's worker, into Guild's database, which
 * must be empty), imported again, and the records it stored are then
 * written again with raw IndexedDB in one transaction.
 */
import { strToU8, zipSync } from 'fflate';
import { DATABASE_NAME, GuildDatabase } from '../../../lib/db';
import { importArchiveInWorker } from '../../../lib/io/archive/in-worker';
import { withLongTasks } from './long-tasks';
import { done, openRaw } from './raw-idb';

const NAME = DATABASE_NAME;
const OWNER = 'https://www.linkedin.com/in/ada-owner';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A small deterministic generator (mulberry32): the same archive on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function archive(connections: number, messages: number, people: number): Uint8Array {
  const rand = random(15);
  const conn = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...Array.from(
      { length: connections },
      (_, i) =>
        `First${i},"Last${i}, MSc",https://www.linkedin.com/in/person-${i},,Company ${i % 700},Engineer,${1 + (i % 28)} ${MONTHS[i % 12]} 20${10 + (i % 15)}`,
    ),
  ].join('\n');
  const rows = [
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
  ];
  for (let i = 0; i < messages; i += 1) {
    // A few people get most messages, as in real inboxes.
    const p = Math.floor(people * rand() ** 3);
    const url = `https://www.linkedin.com/in/person-${p}`;
    const month = i % 36;
    const date = `${2024 + Math.floor(month / 12)}-${pad((month % 12) + 1)}-${pad(1 + (i % 28))} ${pad(i % 24)}:${pad(i % 60)}:00 UTC`;
    const text = `"Thanks, see you at the meetup ${i}; the notes are in the shared doc, ping me if anything is unclear."`;
    rows.push(
      i % 2
        ? `2-${p}==,,First${p} Last${p},${url},Ada Owner,${OWNER},${date},,${text},INBOX`
        : `2-${p}==,,Ada Owner,${OWNER},First${p} Last${p},${url},${date},,${text},INBOX`,
    );
  }
  const invitations = ['From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl'];
  for (let i = 0; i < 500; i += 1) {
    invitations.push(
      `Ada Owner,Guest ${i},"${1 + (i % 12)}/${1 + (i % 28)}/26, ${1 + (i % 12)}:05 PM",,OUTGOING,${OWNER},https://www.linkedin.com/in/${i % 2 ? `person-${i}` : `guest-${i}`}`,
    );
  }
  return zipSync(
    {
      'Connections.csv': strToU8(conn),
      'messages.csv': strToU8(rows.join('\n')),
      'Invitations.csv': strToU8(invitations.join('\n')),
      'Profile.csv': strToU8('First Name,Last Name,Headline\nAda,Owner,Engineer\n'),
      'Skills.csv': strToU8('Name\nRust\n'),
    },
    { level: 1 },
  );
}

/** Every record of the stores the import writes, read back, the stores emptied, then put again in one transaction. */
async function rawRewrite(): Promise<{ records: number; ms: number }> {
  const stores = ['contacts', 'interactions', 'invitations'];
  const db = await openRaw(NAME);
  try {
    const all: [string, unknown[]][] = [];
    for (const store of stores) {
      all.push([store, await done(db.transaction(store, 'readonly').objectStore(store).getAll())]);
      await done(db.transaction(store, 'readwrite').objectStore(store).clear());
    }
    const t0 = performance.now();
    const tx = db.transaction(stores, 'readwrite');
    for (const [store, records] of all) for (const record of records) tx.objectStore(store).put(record);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return { records: all.reduce((n, [, records]) => n + records.length, 0), ms: performance.now() - t0 };
  } finally {
    db.close();
  }
}

/** Build the archive, then import it (the page watched for long tasks), import it again, and rewrite its records raw. */
export async function archiveBench(connections: number, messages: number, people: number) {
  const t0 = performance.now();
  const zip = archive(connections, messages, people);
  const buildMs = performance.now() - t0;
  const blob = new Blob([zip as BlobPart]);
  // Guild's own database, opened (created or upgraded) as the dashboard would, and empty: a new user.
  const stored = async () => {
    const db = new GuildDatabase(NAME);
    await db.open();
    const counts = {
      contacts: await db.contacts.count(),
      interactions: await db.interactions.count(),
      invitations: await db.invitations.count(),
    };
    db.close();
    return counts;
  };
  if (Object.values(await stored()).some((n) => n > 0)) {
    throw new Error("Guild's database is not empty: the archive bench needs a new browser");
  }
  const now = Date.UTC(2026, 11, 1);
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    if (marks[name] !== undefined) return;
    marks[name] = performance.now();
    performance.mark(name);
  };
  const watched = await withLongTasks(async () => {
    mark('readStart');
    // The worker's progress splits the phases: Connections.csv is read first, then the other files, then the writes.
    const report = await importArchiveInWorker(
      [blob],
      ['Basic_LinkedInDataExport_12-01-2026.zip'],
      (p) => {
        if (p.phase !== 'reading') return;
        if (p.done === 0) mark('unzipEnd');
        if (p.done === 1) mark('connectionsEnd');
        if (p.done === p.total) mark('writeStart');
      },
      now,
    );
    mark('writeEnd');
    const again = await importArchiveInWorker(
      [blob],
      ['archive.zip'],
      (p) => {
        if (p.phase === 'reading' && p.done === p.total) mark('againReadEnd');
      },
      now,
    );
    mark('againEnd');
    return { report, again };
  });
  const counts = await stored();
  const raw = await rawRewrite();
  const { report, again } = watched.result;
  return {
    zipMegabytes: zip.length / 1e6,
    buildMs,
    readMs: marks.writeStart! - marks.readStart!,
    writeMs: marks.writeEnd! - marks.writeStart!,
    againMs: marks.againEnd! - marks.writeEnd!,
    counts,
    messagesCounted: report.messages.counted,
    added: report.connections?.added ?? 0,
    entriesAdded: report.entries.messages.added + report.entries.invitation.added,
    againUnchanged: again.entries.messages.unchanged + again.entries.invitation.unchanged,
    againAdded:
      again.entries.messages.added + again.entries.invitation.added + (again.connections?.added ?? 0),
    raw,
    marks,
    tasks: watched.tasks,
  };
}
