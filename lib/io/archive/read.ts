import { parseConnectionsInSlices, type ParsedConnections } from '../linkedin-connections';
import { refusalIn, type FileFacts } from '../report';
import type { ArchiveFileReport } from './summary';
import type { OnProgress } from '../progress';
import { checkDates, type FileTally } from './columns';
import { CsvStream } from './csv-stream';
import { decodeCsvBytes } from './decode';
import { EndorsementsReader, type EndorsementFact } from './endorsements';
import { ArchiveError } from './errors';
import { archiveFileKind, baseName, type ArchiveFileKind } from './file-kinds';
import { InvitationsReader, type InvitationFact } from './invitations';
import { MessagesReader } from './messages';
import { Pacer } from '../pacer';
import { ProfileReader } from './profile';
import { RecommendationsReader, type RecommendationFact } from './recommendations';
import { settleSteps, type SettledMessages } from './settle';
import { concat, looksLikeZip, unzipArchive, type ArchiveEntry } from './unzip';

/** Everything the archive says that Guild uses, read and checked, nothing written yet. */
export interface ArchiveContent {
  files: ArchiveFileReport[];
  connections?: ParsedConnections;
  messages?: SettledMessages;
  invitations: InvitationFact[];
  recommendations: RecommendationFact[];
  endorsements: EndorsementFact[];
}

/** Characters handed to the CSV reader at a time. */
const PUSH_CHARS = 64 * 1024;

type RowReader = { record(cells: string[]): void; tally: FileTally };

async function readCsv(entry: ArchiveEntry, reader: RowReader, pacer: Pacer): Promise<FileFacts> {
  const { pieces, encoding, bom, delimiter } = await decodeCsvBytes(entry.parts, pacer);
  // The bytes and each piece once read are let go: a 60 MB messages.csv held whole, as bytes
  // and as text, until the end of the import made every garbage collection longer.
  entry.parts = [];
  const csv = new CsvStream((cells) => reader.record(cells), delimiter);
  for (const [i, piece] of pieces.entries()) {
    pieces[i] = '';
    for (let at = 0; at < piece.length; at += PUSH_CHARS) {
      csv.push(piece.slice(at, at + PUSH_CHARS));
      await pacer.breathe();
    }
  }
  if (!csv.end()) throw new ArchiveError({ code: 'cut-off', file: baseName(entry.name) });
  return { encoding, bom };
}

/** The files to read: a ZIP's contents, or CSV files dropped as they are. */
async function entriesOf(
  files: readonly Blob[],
  names: readonly string[],
  pacer: Pacer,
  onProgress?: OnProgress,
): Promise<{ entries: ArchiveEntry[]; unused: string[] }> {
  const entries: ArchiveEntry[] = [];
  const unused: string[] = [];
  for (const [i, file] of files.entries()) {
    const name = names[i] ?? 'file';
    const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    if (looksLikeZip(head)) {
      const zip = await unzipArchive(
        file,
        (n) => archiveFileKind(n) !== undefined,
        pacer,
        (done, total) => onProgress?.({ phase: 'unzipping', done, total }),
      );
      entries.push(...zip.entries);
      unused.push(...zip.names.filter((n) => archiveFileKind(n) === undefined));
    } else if (/\.csv$/i.test(name)) {
      if (archiveFileKind(name)) entries.push({ name, parts: [new Uint8Array(await file.arrayBuffer())] });
      else unused.push(name);
    } else throw new ArchiveError({ code: 'not-zip' });
  }
  return { entries, unused };
}

/**
 * Read LinkedIn's data archive (the ZIP itself, or any of its CSV files) into
 * what Guild uses, never blocking the page for long. Refuses the whole
 * archive (`ArchiveError`) when it is not a ZIP, is damaged, holds none of
 * LinkedIn's files, or a file is in a format Guild does not know.
 */
export async function readArchive(
  files: readonly Blob[],
  names: readonly string[],
  onProgress?: OnProgress,
): Promise<ArchiveContent> {
  const pacer = new Pacer();
  const { entries, unused } = await entriesOf(files, names, pacer, onProgress);
  if (entries.length === 0) throw new ArchiveError({ code: 'not-linkedin' });

  const reports: ArchiveFileReport[] = [];
  const seen = new Set<string>();
  const content: ArchiveContent = { files: reports, invitations: [], recommendations: [], endorsements: [] };
  let messages: MessagesReader | undefined;
  const invitations: InvitationsReader[] = [];
  let profile: ProfileReader | undefined;
  // Connections first, then the people files, Profile.csv before messages need it.
  const order: ArchiveFileKind[] = [
    'connections',
    'profile',
    'invitations',
    'messages',
    'recommendations-received',
    'recommendations-given',
    'endorsements-received',
    'endorsements-given',
  ];
  const sorted = [...entries].sort(
    (a, b) => order.indexOf(archiveFileKind(a.name)!) - order.indexOf(archiveFileKind(b.name)!),
  );
  for (const [i, entry] of sorted.entries()) {
    onProgress?.({ phase: 'reading', done: i, total: sorted.length });
    const kind = archiveFileKind(entry.name)!;
    const name = baseName(entry.name);
    // The legacy `Endorsement Received Info.csv` beside the modern file says the same again: read both, merged later.
    const identity = `${kind}|${name.toLowerCase()}`;
    if (seen.has(identity)) {
      reports.push({ name, kind, status: 'duplicate', rows: 0, used: 0, badDates: 0 });
      continue;
    }
    seen.add(identity);
    if (kind === 'connections') {
      // The Connections.csv import as it is (its own decoding, dates and matching rules).
      const bytes = concat(entry.parts);
      entry.parts = [];
      const parsed = await parseConnectionsInSlices(bytes, pacer);
      const refused = refusalIn(parsed.problems);
      if (refused) throw new ArchiveError({ code: 'file-refused', file: name, problem: refused });
      content.connections = parsed;
      const rows = parsed.rows.length + parsed.problems.filter((p) => p.severity === 'skipped').length;
      const facts = { encoding: parsed.encoding, bom: parsed.bom };
      reports.push({ name, kind, status: 'used', ...facts, rows, used: parsed.rows.length, badDates: 0 });
      continue;
    }
    const reader: RowReader =
      kind === 'messages'
        ? (messages = new MessagesReader(name))
        : kind === 'invitations'
          ? invitations[invitations.push(new InvitationsReader(name)) - 1]!
          : kind === 'profile'
            ? (profile = new ProfileReader(name))
            : kind === 'recommendations-received' || kind === 'recommendations-given'
              ? new RecommendationsReader(name, kind.endsWith('given') ? 'me' : 'them')
              : new EndorsementsReader(name, kind.endsWith('given') ? 'me' : 'them');
    const facts = await readCsv(entry, reader, pacer);
    checkDates(name, reader.tally);
    reports.push({ name, kind, status: 'used', ...facts, ...reader.tally });
    if (reader instanceof RecommendationsReader) content.recommendations.push(...reader.facts);
    if (reader instanceof EndorsementsReader) content.endorsements.push(...reader.facts);
  }
  for (const reader of invitations) content.invitations.push(...reader.facts);
  if (messages) {
    const steps = settleSteps(
      messages,
      invitations.flatMap((r) => r.owner),
      profile?.name,
    );
    let step = steps.next();
    while (!step.done) {
      await pacer.breathe();
      step = steps.next();
    }
    content.messages = step.value;
  }
  for (const path of unused) {
    reports.push({ name: baseName(path), status: 'not-used', rows: 0, used: 0, badDates: 0 });
  }
  onProgress?.({ phase: 'reading', done: sorted.length, total: sorted.length });
  return content;
}
