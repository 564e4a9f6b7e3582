import type { Pacer } from './pacer';

/** How a file's bytes were turned into text, for the report. */
export type ArchiveEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';

export interface DecodedText {
  pieces: string[];
  encoding: ArchiveEncoding;
  /** The delimiter the file uses: TAB in LinkedIn's UTF-16 files, `;` in some spreadsheet re-saves. */
  delimiter: string;
}

/** Bytes decoded at a time: a few milliseconds of work. */
const PIECE_BYTES = 256 * 1024;

async function decodeAs(
  bytes: Uint8Array,
  offset: number,
  label: 'utf-8' | 'utf-16le' | 'windows-1252',
  pacer: Pacer,
): Promise<string[] | undefined> {
  // `fatal`: an invalid byte throws instead of becoming U+FFFD, so a cp1252 file is noticed.
  const decoder = new TextDecoder(label, { fatal: label === 'utf-8', ignoreBOM: true });
  const pieces: string[] = [];
  try {
    for (let at = offset; at < bytes.length; at += PIECE_BYTES) {
      const end = Math.min(at + PIECE_BYTES, bytes.length);
      pieces.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
      await pacer.breathe();
    }
    pieces.push(decoder.decode());
  } catch {
    return undefined;
  }
  return pieces;
}

/** The delimiter of the header line: the most frequent of `,`, `;` and TAB outside quotes. */
function sniffDelimiter(firstPiece: string): string {
  const line = firstPiece.slice(0, firstPiece.search(/\r|\n|$/)).replace(/"[^"]*"/g, '');
  const count = (c: string) => line.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return best && count(best) > 0 ? best : ',';
}

/**
 * A CSV file of the archive as text, in pieces, whatever saved it: UTF-8 as
 * LinkedIn writes it; `FF FE` → UTF-16LE, TAB-separated (LinkedIn's 2018
 * files); a BOM or bytes that are not UTF-8 → a spreadsheet's re-save
 * (Windows-1252). Decoded piece by piece with breaths between.
 */
export async function decodeCsvBytes(bytes: Uint8Array, pacer: Pacer): Promise<DecodedText> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const pieces = (await decodeAs(bytes, 2, 'utf-16le', pacer)) ?? [];
    return { pieces, encoding: 'utf-16le', delimiter: '\t' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf8 = await decodeAs(bytes, bom ? 3 : 0, 'utf-8', pacer);
  const pieces = utf8 ?? (await decodeAs(bytes, 0, 'windows-1252', pacer)) ?? [];
  const encoding: ArchiveEncoding = !utf8 ? 'windows-1252' : bom ? 'utf-8-bom' : 'utf-8';
  return { pieces, encoding, delimiter: sniffDelimiter(pieces.find((p) => p.length > 0) ?? '') };
}
