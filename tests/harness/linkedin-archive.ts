import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { FIXTURES_DIR } from './paths';

/** The fixture archive's files (invented people, shapes from FORMATS.md), by their path in the ZIP. */
export const ARCHIVE_FILES_DIR = path.join(FIXTURES_DIR, 'linkedin-archive', 'files');

/** Every file of the fixture archive: path inside the ZIP → bytes. */
export function archiveFiles(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(ARCHIVE_FILES_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(ARCHIVE_FILES_DIR, full).split(path.sep).join('/')] = new Uint8Array(
      readFileSync(full),
    );
  }
  return out;
}

/**
 * The fixture archive as LinkedIn sends it: a deflated ZIP, files at the
 * root plus `Jobs/` and `Articles/` folders. `change` edits the file set
 * first (drop a file, swap a header) for the refusal tests.
 */
export function buildArchiveZip(change?: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = archiveFiles();
  change?.(files);
  // A fixed date: the same bytes on every build.
  return zipSync(files, { level: 6, mtime: new Date('2026-12-01T00:00:00Z') });
}
