/**
 * A backup's JSON read in slices. `JSON.parse` of a 34 MB backup (32,000
 * contacts) is one task of hundreds of milliseconds that nothing can
 * interrupt; here one scan, paused every few hundred kilobytes, cuts out
 * each record of each `tables.<name>` array as its own text, and the rest of
 * the file (the envelope, tables emptied) is parsed at once, small. Each
 * record is then parsed on its own, in slices too (`JSON.parse` still says
 * whether its text is JSON).
 */

export interface SplitBackup {
  /** The file with every `tables.<name>` array emptied, parsed. */
  envelope: unknown;
  /** Each table array's elements, as JSON texts, in file order. */
  tables: Map<string, string[]>;
}

/** Characters scanned between two breaths (a few milliseconds on a slow machine). */
const SLICE_CHARS = 100_000;

const QUOTE = 34; // "
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;

/** The index of the quote that closes the string opened at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    at = text.indexOf('"', at);
    if (at < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at += 1;
  }
}

/**
 * Split a backup's text into its envelope and its table records, yielding
 * between slices; `{ error }` (JSON's own message) when it is not JSON.
 */
export function* splitBackupJson(text: string): Generator<void, SplitBackup | { error: string }> {
  const tables = new Map<string, string[]>();
  const skeleton: string[] = [];
  const stack: number[] = [];
  /** The member name being read in the object at each depth (only depths 1 and 2 matter). */
  const keys: string[] = [];
  let lastString: [number, number] | undefined;
  let copyFrom = 0;
  let table: { name: string; elements: string[]; from: number } | undefined;
  let nextBreath = SLICE_CHARS;

  for (let at = 0; at < text.length; at += 1) {
    if (at >= nextBreath) {
      nextBreath = at + SLICE_CHARS;
      yield;
    }
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      const end = stringEnd(text, at);
      if (end < 0) return { error: 'a text never ends (the file is cut off)' };
      lastString = [at, end + 1];
      at = end;
      continue;
    }
    const depth = stack.length;
    if (code === COLON && depth <= 2 && lastString) {
      try {
        keys[depth] = JSON.parse(text.slice(lastString[0], lastString[1])) as string;
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      stack.push(code);
      // `{"tables": {"contacts": [` : a table's records start after this bracket.
      if (code === OPEN_ARRAY && depth === 2 && stack[0] === OPEN_OBJECT && stack[1] === OPEN_OBJECT) {
        if (keys[1] === 'tables' && keys[2] !== undefined && !table) {
          skeleton.push(text.slice(copyFrom, at + 1));
          table = { name: keys[2], elements: [], from: at + 1 };
        }
      }
    } else if (code === COMMA && table && depth === 3) {
      table.elements.push(text.slice(table.from, at));
      table.from = at + 1;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (table && depth === 3) {
        if (code !== CLOSE_ARRAY) return { error: `unexpected “}” at position ${at}` };
        const last = text.slice(table.from, at);
        if (table.elements.length > 0 || last.trim()) table.elements.push(last);
        tables.set(table.name, table.elements);
        table = undefined;
        copyFrom = at;
      }
      stack.pop();
    }
    lastString = code === QUOTE ? lastString : code <= 32 ? lastString : undefined;
  }
  if (table) return { error: 'the file ends inside a list (it is cut off)' };
  skeleton.push(text.slice(copyFrom));
  try {
    return { envelope: JSON.parse(skeleton.join('')), tables };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
