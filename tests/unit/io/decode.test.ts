import { describe, expect, test } from 'vitest';
import { decodeBytes } from '@/lib/io/decode';

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
