import { decodeInPieces, type TextEncodingName } from '../decode';
import type { Pacer } from '../pacer';

export interface DecodedPieces {
  pieces: string[];
  encoding: TextEncodingName;
  bom: boolean;
  /** The delimiter the file uses: TAB in LinkedIn's UTF-16 files, `;` in some spreadsheet re-saves. */
  delimiter: string;
}

/** The delimiter of the header line: the most frequent of `,`, `;` and TAB outside quotes. */
function sniffDelimiter(firstPiece: string): string {
  const line = firstPiece.slice(0, firstPiece.search(/\r|\n|$/)).replace(/"[^"]*"/g, '');
  const count = (c: string) => line.split(c).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return best && count(best) > 0 ? best : ',';
}

/**
 * A CSV file of the archive as text, in pieces, decoded piece by piece with
 * breaths between (its messages.csv can be tens of MB), in whatever encoding
 * the shared detection finds (lib/io/decode.ts: a BOM, UTF-16, bytes that
 * are not UTF-8 from old or re-saved files), which it says.
 */
export async function decodeCsvBytes(parts: readonly Uint8Array[], pacer: Pacer): Promise<DecodedPieces> {
  const decoded = await decodeInPieces(parts, () => pacer.breathe());
  const utf16 = decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be';
  const first = decoded.pieces.find((p) => p.length > 0) ?? '';
  return { ...decoded, delimiter: utf16 ? '\t' : sniffDelimiter(first) };
}
