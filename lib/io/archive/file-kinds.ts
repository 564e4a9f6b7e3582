import * as z from 'zod/mini';

/** The archive files Guild reads; every other file is listed as "not used". */
export const ArchiveFileKindSchema = z.enum([
  'connections',
  'messages',
  'invitations',
  'recommendations-received',
  'recommendations-given',
  'endorsements-received',
  'endorsements-given',
  'profile',
]);
export type ArchiveFileKind = z.infer<typeof ArchiveFileKindSchema>;

/** Base names, lower-cased, spaces and underscores alike (`Endorsement Received Info.csv` of 2018–2022). */
const KINDS: Record<string, ArchiveFileKind> = {
  'connections.csv': 'connections',
  'messages.csv': 'messages',
  'invitations.csv': 'invitations',
  'recommendations_received.csv': 'recommendations-received',
  'recommendations_given.csv': 'recommendations-given',
  'endorsement_received_info.csv': 'endorsements-received',
  'endorsement_given_info.csv': 'endorsements-given',
  'profile.csv': 'profile',
};

/**
 * What a file of the archive is, from its name: any folder depth (users
 * unzip into `…zip/` or `… (1)/` folders), any letter case. LinkedIn's AI
 * coach chats (`guide_messages.csv`…) share messages' header but are not people.
 */
export function archiveFileKind(path: string): ArchiveFileKind | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  return KINDS[base.toLowerCase().replace(/ /g, '_')];
}

/** The file's name without its folders, as the report shows it. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
