/**
 * LinkedIn's "Get a copy of your data" archive: read the ZIP (or any of its
 * CSV files) without blocking the page, then write what Guild uses in one
 * transaction. File formats: the team's linkedin-archive/FORMATS.md.
 */
import type { GuildDatabase } from '../../db/database';
import type { OnProgress } from '../progress';
import { readArchive } from './read';
import { importArchive, type ArchiveReport } from './write';

export { readArchive, type ArchiveContent } from './read';
export { importArchive, summarize, type ArchiveReport } from './write';
export type { ArchiveFileReport, ArchiveSummary, EntryCounts } from './summary';
export { ArchiveError, type ArchiveRefusal } from './errors';
export { archiveFileKind, type ArchiveFileKind } from './file-kinds';

/**
 * Read the dropped files (a ZIP, or CSVs of it) and import them: all or
 * nothing. Throws `ArchiveError` (nothing written) when the files are refused.
 */
export async function importLinkedInArchive(
  db: GuildDatabase,
  files: readonly Blob[],
  names: readonly string[],
  onProgress?: OnProgress,
  now = Date.now(),
): Promise<ArchiveReport> {
  const content = await readArchive(files, names, onProgress);
  return importArchive(db, content, onProgress, now);
}
