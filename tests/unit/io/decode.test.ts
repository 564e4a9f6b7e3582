import { describe, expect, test } from 'vitest';
import { decodeBytes, decodeInPieces } from '@/lib/io/decode';

const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('decodeBytes (issue 15, defect 4: Windows-1252 files were garbled)', () => {
  test('UTF-8 without BOM (LinkedIn)', () => {
    expect(decodeBytes(new TextEncoder().encode('Lefèvre'))).toEqual({
      text: 'Lefèvre',
      encoding: 'utf-8',
      bom: false,
    });
  });

  test('UTF-8 with BOM (spreadsheet re-save): the BOM is removed', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Société')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Société', encoding: 'utf-8', bom: true });
  });

  test('Windows-1252 (French Excel): no replacement character, the letters as written', () => {
    const decoded = decodeBytes(
      cp1252('Lefèvre,Société Générale,€ ’'.replace('€', '\x80').replace('’', '\x92')),
    );
    expect(decoded).toEqual({ text: 'Lefèvre,Société Générale,€ ’', encoding: 'windows-1252', bom: false });
    expect(decoded.text).not.toContain('\uFFFD');
  });

  test('UTF-16LE with BOM (LinkedIn 2018 archive files)', () => {
    const text = '"Date"\t"Skill"';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((c, i) => bytes.set([c.charCodeAt(0), 0], 2 + i * 2));
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'utf-16le', bom: true });
  });
});

describe('decodeInPieces: decodeBytes piece by piece, with breaths between', () => {
  const utf16le = (text: string) => [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])];
  const files: [string, number[]][] = [
    ['UTF-8', [...new TextEncoder().encode('Lefèvre,Société 😀\n'.repeat(40_000))]],
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Société,é\n'.repeat(40_000))]],
    ['Windows-1252', [...cp1252('Lefèvre,Société\x80\n'.repeat(40_000))]],
    ['Windows-1252 under a UTF-8 BOM', [0xef, 0xbb, 0xbf, ...cp1252('Générale\n'.repeat(40_000))]],
    ['UTF-16LE', utf16le('"Date"\t"Skill"\n'.repeat(40_000))],
    ['a BOM alone', [0xef, 0xbb]],
    ['nothing', []],
  ];

  test.each(files)('%s: the same text and verdict, wherever the parts are cut', async (_, bytes) => {
    const all = new Uint8Array(bytes);
    const whole = decodeBytes(all);
    // Cut inside the BOM, inside a character, and past the first piece.
    for (const cut of [0, 1, 2, 5, 300_001].filter((c) => c <= all.length)) {
      let breaths = 0;
      const out = await decodeInPieces([all.subarray(0, cut), all.subarray(cut)], async () => {
        breaths += 1;
      });
      expect({ text: out.pieces.join(''), encoding: out.encoding, bom: out.bom }).toEqual(whole);
      // A breath after every piece of at most 256 KB: a few MB is never decoded in one go.
      expect(breaths).toBeGreaterThanOrEqual(Math.floor(all.length / (256 * 1024)));
    }
  });
});
