import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ArchiveError, type ArchiveRefusal } from './errors';
import type { Pacer } from '../pacer';
import { centralDirectory, crc32 } from './zip-directory';

/** One file taken out of the archive (or dropped as is). */
export interface ArchiveEntry {
  /** Its path inside the ZIP, folders included. */
  name: string;
  /** Its bytes as they were inflated, in pieces: joining 50 MB in one copy would be a long task. */
  parts: Uint8Array[];
}

/** Compressed bytes handed to the inflater at a time: CSV inflates ~10×, a few milliseconds each. */
const CHUNK_BYTES = 16 * 1024;
/** Far above a real archive's CSVs (a 200,000-message one is ~60 MB); stops a ZIP bomb. */
const MAX_WANTED_BYTES = 800 * 1024 * 1024;

/** True when the bytes start like a ZIP (a local file header, or the end record of an empty one). */
export function looksLikeZip(head: Uint8Array): boolean {
  return (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    (head[3] === 4 || head[3] === 6)
  );
}

/** The pieces as one buffer (for the small files that need it whole). */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Read a ZIP without blocking the page: fflate's streaming `Unzip` is fed
 * 16 KB at a time with breaths between (blob workers, fflate's async mode,
 * are forbidden by the extension's CSP). Only the files `wanted` says yes
 * to are inflated; the names of all are returned for the report. A damaged
 * or cut-off ZIP throws `ArchiveError` ('corrupt').
 */
export async function unzipArchive(
  blob: Blob,
  wanted: (name: string) => boolean,
  pacer: Pacer,
  onProgress?: (done: number, total: number) => void,
): Promise<{ names: string[]; entries: ArchiveEntry[] }> {
  // Read first: a cut-off download has no end record, and the CRCs catch damaged data.
  const directory = await centralDirectory(blob);
  if (!directory) throw new ArchiveError({ code: 'corrupt', damage: 'end' });
  const names: string[] = [];
  const entries: ArchiveEntry[] = [];
  const open = new Set<string>();
  let failure: (ArchiveRefusal & { code: 'corrupt' }) | undefined;
  let wantedBytes = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file: UnzipFile) => {
    if (file.name.endsWith('/')) return; // a folder
    names.push(file.name);
    if (!wanted(file.name)) return; // never started: its data is skipped, not inflated
    const parts: Uint8Array[] = [];
    let crc = 0;
    open.add(file.name);
    file.ondata = (error, data, final) => {
      if (error) {
        failure ??= { code: 'corrupt', damage: 'file', file: file.name };
        return;
      }
      crc = crc32(data, crc);
      wantedBytes += data.length;
      if (wantedBytes > MAX_WANTED_BYTES) failure ??= { code: 'corrupt', damage: 'inflated' };
      else parts.push(data);
      if (final) {
        open.delete(file.name);
        const expected = directory.get(file.name);
        if (expected !== undefined && expected !== crc)
          failure ??= { code: 'corrupt', damage: 'file', file: file.name };
        entries.push({ name: file.name, parts });
      }
    };
    file.start();
  };
  for (let at = 0; at < blob.size; at += CHUNK_BYTES) {
    const end = Math.min(at + CHUNK_BYTES, blob.size);
    const chunk = new Uint8Array(await blob.slice(at, end).arrayBuffer());
    try {
      unzip.push(chunk, end >= blob.size);
    } catch {
      failure ??= { code: 'corrupt', damage: 'data' };
    }
    if (failure) throw new ArchiveError(failure);
    onProgress?.(end, blob.size);
    await pacer.breathe();
  }
  // A file that never reached its end: the download was cut off.
  if (open.size) throw new ArchiveError({ code: 'corrupt', damage: 'cut-off', file: [...open][0] });
  return { names, entries };
}
