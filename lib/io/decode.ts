import type { TextEncodingName } from './report-schema';

export type { TextEncodingName };

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The file began with a byte-order mark (removed from `text`). */
  bom: boolean;
}

/**
 * Windows-1252's letters at 0x80–0x9F (€, ‘ ’, “ ”, Œ, œ, Š, Ÿ…). Browsers decode them; Node's
 * `TextDecoder('windows-1252')` reads ISO-8859-1 there (C1 control characters), so they are
 * mapped here too, for the same text everywhere.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!)
    : text;
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decode a file's bytes, never with a replacement character: a BOM says
 * UTF-8 or UTF-16; otherwise the bytes are tried as strict UTF-8 and, when
 * they are not valid UTF-8, read as Windows-1252 (which maps every byte to a
 * character, so a garbled `Lef�vre` can never come out of it).
 * @example decodeBytes(new Uint8Array([0x4c, 0x65, 0x66, 0xe8, 0x76, 0x72, 0x65])) // { text: 'Lefèvre', encoding: 'windows-1252', bom: false }
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const rest = bytes.subarray(3);
    // A UTF-8 BOM before bytes that are not UTF-8: a tool added the mark to a Windows-1252 file.
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(rest), encoding: 'utf-8', bom: true };
    } catch {
      return { text: windows1252(rest), encoding: 'windows-1252', bom: true };
    }
  }
  if (startsWith(bytes, 0xff, 0xfe))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, 0xfe, 0xff))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

/** Bytes decoded at a time: a few milliseconds of work. */
const PIECE_BYTES = 256 * 1024;

/** The pieces of `parts`, each at most PIECE_BYTES long (no copy). */
function* slices(parts: readonly Uint8Array[], skip: number): Generator<Uint8Array> {
  for (const bytes of parts) {
    const from = Math.min(skip, bytes.length);
    skip -= from;
    for (let at = from; at < bytes.length; at += PIECE_BYTES)
      yield bytes.subarray(at, Math.min(at + PIECE_BYTES, bytes.length));
  }
}

/** The decoded text in pieces, with a breath between two; undefined when strict UTF-8 meets an invalid byte. */
async function piecesOf(
  parts: readonly Uint8Array[],
  skip: number,
  decode: (bytes: Uint8Array, last: boolean) => string,
  breathe: () => Promise<void>,
): Promise<string[] | undefined> {
  const pieces: string[] = [];
  try {
    for (const bytes of slices(parts, skip)) {
      pieces.push(decode(bytes, false));
      await breathe();
    }
    pieces.push(decode(new Uint8Array(), true));
  } catch {
    return undefined;
  }
  return pieces;
}

/** A streaming decoder: `stream` completes a character split between two pieces with the next one. */
function streaming(label: string, fatal: boolean): (bytes: Uint8Array, last: boolean) => string {
  const decoder = new TextDecoder(label, { fatal });
  return (bytes, last) => decoder.decode(bytes, { stream: !last });
}

/** Windows-1252 maps every byte to one character: pieces decode on their own. */
const windows1252Piece = (bytes: Uint8Array) => (bytes.length ? windows1252(bytes) : '');

/**
 * `decodeBytes`, piece by piece: the same text (in pieces, to be joined or
 * read in turn) and the same verdict, with `breathe` awaited between two
 * pieces so that a file of several MB never blocks the page in one go.
 */
export async function decodeInPieces(
  parts: readonly Uint8Array[],
  breathe: () => Promise<void>,
): Promise<{ pieces: string[]; encoding: TextEncodingName; bom: boolean }> {
  const head = new Uint8Array(3);
  let filled = 0;
  for (const part of parts) {
    for (let i = 0; i < part.length && filled < 3; i += 1) head[filled++] = part[i]!;
    if (filled === 3) break;
  }
  const bytes = head.subarray(0, filled);
  const pieces = (skip: number, decode: (bytes: Uint8Array, last: boolean) => string) =>
    piecesOf(parts, skip, decode, breathe);
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    // A UTF-8 BOM before bytes that are not UTF-8: a tool added the mark to a Windows-1252 file.
    const utf8 = await pieces(3, streaming('utf-8', true));
    if (utf8) return { pieces: utf8, encoding: 'utf-8', bom: true };
    return { pieces: (await pieces(3, windows1252Piece))!, encoding: 'windows-1252', bom: true };
  }
  if (startsWith(bytes, 0xff, 0xfe))
    return { pieces: (await pieces(2, streaming('utf-16le', false)))!, encoding: 'utf-16le', bom: true };
  if (startsWith(bytes, 0xfe, 0xff))
    return { pieces: (await pieces(2, streaming('utf-16be', false)))!, encoding: 'utf-16be', bom: true };
  const utf8 = await pieces(0, streaming('utf-8', true));
  if (utf8) return { pieces: utf8, encoding: 'utf-8', bom: false };
  return { pieces: (await pieces(0, windows1252Piece))!, encoding: 'windows-1252', bom: false };
}

/** U+FFFD: what a decoder writes for bytes it could not read. A text holding it was garbled. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** Whether a text was garbled by a decoding failure somewhere before it reached Guild. */
export function isGarbled(text: string | undefined): boolean {
  return !!text?.includes(REPLACEMENT_CHARACTER);
}
