/**
 * The character encodings imported files really come in: LinkedIn writes
 * UTF-8 without a BOM; a spreadsheet re-save adds a BOM, or writes
 * Windows-1252 (French or German Excel); LinkedIn's 2018 archive wrote some
 * files as UTF-16LE with a BOM.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

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

/** U+FFFD: what a decoder writes for bytes it could not read. A text holding it was garbled. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** Whether a text was garbled by a decoding failure somewhere before it reached Guild. */
export function isGarbled(text: string | undefined): boolean {
  return !!text?.includes(REPLACEMENT_CHARACTER);
}
