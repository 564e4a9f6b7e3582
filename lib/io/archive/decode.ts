import { decodeBytes, type TextEncodingName } from '../decode';
import type { Pacer } from './pacer';
import { concat } from './unzip';

export interface DecodedPieces {
  pieces: string[];
  encoding: TextEncodingName;
  bom: boolean;
  /** The delimiter the file uses: TAB in LinkedIn's UTF-16 files, `;` in some spreadsheet re-saves. */
  delimiter: string;
}

/** Bytes decoded at a time: a few milliseconds of work. */
const PIECE_BYTES = 256 * 1024;

/** Strict UTF-8 piece by piece, with breaths between; undefined at the first invalid byte. */
async function utf8Pieces(parts: readonly Uint8Array[], pacer: Pacer): Promise<string[] | undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const pieces: string[] = [];
  try {
    for (const bytes of parts) {
      for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
        const end = Math.min(at + PIECE_BYTES, bytes.length);
        // `stream`: a character split between two pieces is completed by the next one.
        pieces.push(decoder.decode(bytes.subarray(at, end), { stream: true }));
        await pacer.breathe();
      }
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
 * A CSV file of the archive as text, in pieces. LinkedIn writes UTF-8
 * without a BOM, and its messages.csv can be tens of MB: that common case is
 * decoded piece by piece with breaths between. Anything else (a BOM, UTF-16,
 * bytes that are not UTF-8: old or re-saved files, small) goes through the
 * shared `decodeBytes` (lib/io/decode.ts), which says what it found.
 */
export async function decodeCsvBytes(parts: readonly Uint8Array[], pacer: Pacer): Promise<DecodedPieces> {
  const head = parts.find((p) => p.length > 0) ?? new Uint8Array();
  const marked = (head[0] === 0xef && head[1] === 0xbb) || head[0] === 0xff || head[0] === 0xfe;
  const utf8 = marked ? undefined : await utf8Pieces(parts, pacer);
  const decoded = utf8
    ? { pieces: utf8, encoding: 'utf-8' as const, bom: false }
    : (({ text, encoding, bom }) => ({ pieces: [text], encoding, bom }))(decodeBytes(concat(parts)));
  const utf16 = decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be';
  const first = decoded.pieces.find((p) => p.length > 0) ?? '';
  return { ...decoded, delimiter: utf16 ? '\t' : sniffDelimiter(first) };
}
