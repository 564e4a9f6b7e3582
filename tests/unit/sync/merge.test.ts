import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDeleted, readDoc, RECORD_SCHEMA_VERSION, type SyncDoc } from '@/lib/sync/doc';
import { formatHlc } from '@/lib/sync/hlc';
import { mergeDocs, sameDoc } from '@/lib/sync/merge';

const at = (ms: number, node = 'a') => formatHlc({ ms, counter: 0, node });

function doc(fields: Record<string, [number, unknown?]>, extra: Partial<SyncDoc> = {}): SyncDoc {
  return {
    schema: RECORD_SCHEMA_VERSION,
    table: 'contacts',
    id: 'c1',
    fields: Object.fromEntries(
      Object.entries(fields).map(([k, [ms, v]]) => [k, v === undefined ? { t: at(ms) } : { t: at(ms), v }]),
    ),
    ...extra,
  };
}

describe('per-field merge', () => {
  test('two devices editing different fields both keep their edits', () => {
    const base: Record<string, [number, unknown?]> = {
      name: [1, 'Ada'],
      company: [1, 'Acme'],
      notes: [1, ''],
    };
    const a = doc({ ...base, company: [5, 'Analytical Engines'] });
    const b = doc({ ...base, notes: [6, 'Promised an intro'] });
    const merged = mergeDocs(a, b, new Map([['company', at(1)]]));
    expect(merged.fields.company?.v).toBe('Analytical Engines');
    expect(merged.fields.notes?.v).toBe('Promised an intro');
    expect(merged.fields.name?.v).toBe('Ada');
    expect(merged.lost).toBeUndefined();
  });

  test('the same field edited on both: the later clock wins and the other value is kept as a lost edit', () => {
    const a = doc({ company: [5, 'Acme'] });
    const b = doc({ company: [7, 'Globex'] });
    const onA = mergeDocs(a, b, new Map([['company', at(1)]]));
    expect(onA.fields.company?.v).toBe('Globex');
    expect(onA.lost).toEqual([{ field: 'company', t: at(5), v: 'Acme' }]);
    // B, learning of A's edit later, ends with the same document.
    const onB = mergeDocs(b, onA, new Map([['company', at(1)]]));
    expect(sameDoc(onA, onB)).toBe(true);
  });

  test('a plain update from another device (nothing edited here) is not a conflict', () => {
    const merged = mergeDocs(doc({ company: [1, 'Acme'] }), doc({ company: [9, 'Globex'] }), new Map());
    expect(merged.fields.company?.v).toBe('Globex');
    expect(merged.lost).toBeUndefined();
  });

  test('a delete removes the record unless the other device edited it after the delete', () => {
    const deleted = doc({ name: [1, 'Ada'] }, { deleted: at(5) });
    expect(isDeleted(mergeDocs(doc({ name: [1, 'Ada'] }), deleted))).toBe(true);
    expect(isDeleted(mergeDocs(doc({ name: [3, 'Ada L.'] }), deleted))).toBe(true);
    const editedLater = mergeDocs(doc({ name: [8, 'Ada L.'] }), deleted);
    expect(isDeleted(editedLater)).toBe(false);
    expect(editedLater.fields.name?.v).toBe('Ada L.');
  });

  test('merging is commutative, associative and idempotent (any order of arrival, same result)', () => {
    const field = fc.tuple(fc.integer({ min: 1, max: 20 }), fc.constantFrom('x', 'y', 'z', undefined));
    const docArb = fc
      .record({
        fields: fc.dictionary(fc.constantFrom('name', 'company', 'notes'), field, { maxKeys: 3 }),
        deleted: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        node: fc.constantFrom('a', 'b', 'c'),
      })
      .map(({ fields, deleted, node }) => ({
        schema: RECORD_SCHEMA_VERSION,
        table: 'contacts',
        id: 'c1',
        fields: Object.fromEntries(
          Object.entries(fields).map(([k, [ms, v]]) => [
            k,
            v === undefined ? { t: at(ms, node) } : { t: at(ms, node), v: `${v}${node}` },
          ]),
        ),
        ...(deleted !== undefined && { deleted: at(deleted, node) }),
      }));
    fc.assert(
      fc.property(docArb, docArb, docArb, (a, b, c) => {
        expect(sameDoc(mergeDocs(a, b), mergeDocs(b, a))).toBe(true);
        expect(sameDoc(mergeDocs(mergeDocs(a, b), c), mergeDocs(a, mergeDocs(b, c)))).toBe(true);
        expect(sameDoc(mergeDocs(a, a), a)).toBe(true);
      }),
    );
  });
});

describe('schema version guard', () => {
  test('a document written by a newer Guild is not read, and says which version it needs', () => {
    expect(
      readDoc({ ...doc({ name: [1, 'Ada'] }), schema: RECORD_SCHEMA_VERSION + 1, fields: 'new shape' }),
    ).toEqual({
      ok: false,
      reason: 'newer',
      schema: RECORD_SCHEMA_VERSION + 1,
    });
  });

  test('a document of this version or older is read; a malformed one is refused', () => {
    expect(readDoc(doc({ name: [1, 'Ada'] })).ok).toBe(true);
    expect(readDoc({ ...doc({ name: [1, 'Ada'] }), schema: 2 }).ok).toBe(true);
    expect(
      readDoc({ schema: 7, table: 'contacts', id: 'x', fields: { name: { t: 'now', v: 'A' } } }),
    ).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(readDoc('not a document')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('derived times', () => {
  test("a contact's last interaction keeps the latest time whichever device wrote it last", () => {
    const a = doc({ lastInteractionAt: [9, 2_000] });
    const b = doc({ lastInteractionAt: [5, 3_000] });
    const edits = new Map([['lastInteractionAt', at(1)]]);
    expect(mergeDocs(a, b, edits).fields.lastInteractionAt?.v).toBe(3_000);
    expect(mergeDocs(b, a, edits).fields.lastInteractionAt?.v).toBe(3_000);
    expect(mergeDocs(a, b, edits).lost).toBeUndefined();
  });
});
