/**
 * The ZIP's central directory (at its end): each file's name and CRC-32.
 * fflate's streaming reader neither checks CRCs nor notices a missing end,
 * so a damaged or cut-off download would otherwise inflate to garbage or
 * stop early without a word. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT §4.3.12, §4.3.16
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
/** The end record (22 bytes) plus the longest comment. */
const TAIL = 22 + 0xffff;

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** File name → CRC-32, or undefined when the ZIP has no readable end (cut off or not a ZIP). */
export async function centralDirectory(blob: Blob): Promise<Map<string, number> | undefined> {
  const tailStart = Math.max(0, blob.size - TAIL);
  const tail = new DataView(await blob.slice(tailStart).arrayBuffer());
  let end = -1;
  for (let i = tail.byteLength - 22; i >= 0; i -= 1) {
    if (tail.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = tail.getUint16(end + 10, true);
  const size = tail.getUint32(end + 12, true);
  const offset = tail.getUint32(end + 16, true);
  // ZIP64 (over 4 GB, never a LinkedIn archive): no check rather than a wrong one.
  if (offset === 0xffffffff || count === 0xffff) return new Map();
  if (offset + size > blob.size) return undefined;
  const dir = new DataView(await blob.slice(offset, offset + size).arrayBuffer());
  const bytes = new Uint8Array(dir.buffer);
  const crcs = new Map<string, number>();
  let at = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > dir.byteLength || dir.getUint32(at, true) !== CENTRAL) return undefined;
    const flags = dir.getUint16(at + 8, true);
    const crc = dir.getUint32(at + 16, true);
    const nameLength = dir.getUint16(at + 28, true);
    const skip = dir.getUint16(at + 30, true) + dir.getUint16(at + 32, true);
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise fflate reads it byte per character, and so do we.
    const name = flags & 0x800 ? new TextDecoder().decode(raw) : latin1(raw);
    crcs.set(name, crc);
    at += 46 + nameLength + skip;
  }
  return crcs;
}

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (ZIP's), fed piece by piece: `crc = crc32(piece, crc)`; start from 0. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let c = ~previous;
  for (let i = 0; i < bytes.length; i += 1) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
