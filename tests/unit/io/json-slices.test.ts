import { describe, expect, test } from 'vitest';
import { splitBackupJson } from '@/lib/io/json-slices';

const split = (text: string | string[]) => {
  const steps = splitBackupJson(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

describe('splitBackupJson: a backup cut into records without one big JSON.parse', () => {
  test('records with quotes, backslashes, brackets and commas inside their texts', () => {
    const contacts = [
      { id: 1, name: 'A "quoted" \\ name, with [brackets] and {braces}', tags: ['x', 'y'] },
      { id: 2, name: '\\"', nested: { list: [[1, 2], { a: ']' }] } },
    ];
    const file = { format: 'guild-backup', tables: { contacts, tasks: [], other: { x: [1] } }, tail: [1, 2] };
    const result = split(JSON.stringify(file, null, 1));
    expect(result).not.toHaveProperty('error');
    const { envelope, tables } = result as Exclude<typeof result, { error: string }>;
    expect(envelope).toEqual({ ...file, tables: { contacts: [], tasks: [], other: { x: [1] } } });
    expect(tables.get('contacts')!.map((t) => JSON.parse(t) as unknown)).toEqual(contacts);
    expect(tables.get('tasks')).toEqual([]);
  });

  test('what is not JSON says so', () => {
    for (const text of [
      '{oops',
      '{"tables": {"contacts": [1, 2}}',
      '{"tables": {"contacts": [1,',
      '{"a": "never ends',
    ])
      expect(split(text)).toHaveProperty('error');
    expect(split('[1, 2]')).toEqual({ envelope: [1, 2], tables: new Map() });
  });

  test('the same whatever parts the text comes in (strings, escapes and records across the cuts)', () => {
    const contacts = [
      { id: 1, name: 'a \\\\ b \\" c', notes: '[{,}]' },
      { id: 2, name: '"\\', tags: ['\\\\\\'] },
    ];
    const text = JSON.stringify({
      format: 'guild-backup',
      tables: { contacts, tasks: [{ id: 3 }] },
      after: '\\"',
    });
    const whole = split(text);
    expect(whole).not.toHaveProperty('error');
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(split([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
    for (const size of [1, 2, 3, 5, 7]) {
      const parts = Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        text.slice(i * size, (i + 1) * size),
      );
      expect(split(parts)).toEqual(whole);
    }
  });
});
