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

/** How many backslashes end `text` before `end` (stopping at `start`). */
function backslashesBefore(text: string, end: number, start = 0): number {
  let count = 0;
  while (end - 1 - count >= start && text.charCodeAt(end - 1 - count) === BACKSLASH) count += 1;
  return count;
}

/**
 * Split a backup's text into its envelope and its table records, yielding
 * between slices; `{ error }` (JSON's own message) when it is not JSON. The
 * text may come in parts (the file read a megabyte at a time): joining 34 MB
 * into one string is itself a long task, so the scan carries its state from
 * one part to the next. `onScanned` is told how many characters are scanned
 * at each breath and at the end.
 */
export function* splitBackupJson(
  input: string | readonly string[],
  onScanned?: (chars: number) => void,
): Generator<void, SplitBackup | { error: string }> {
  const parts = typeof input === 'string' ? [input] : input;
  const tables = new Map<string, string[]>();
  const skeleton: string[] = [];
  const stack: number[] = [];
  /** The member name being read in the object at each depth (only depths 1 and 2 matter). */
  const keys: string[] = [];
  let inString = false;
  /** Backslashes ending the previous parts while inside a string (they may escape a quote here). */
  let carried = 0;
  /** The text of the string being read, kept only at depths 1–2, where it may be a member name. */
  let keyText: string[] | undefined;
  let lastKey: string | undefined;
  let table: { name: string; elements: string[]; pieces: string[] } | undefined;
  let scanned = 0;
  let nextBreath = SLICE_CHARS;

  for (const part of parts) {
    let copyFrom = 0;
    let from = 0;
    let stringFrom = 0;
    let at = 0;
    while (at < part.length) {
      if (scanned + at >= nextBreath) {
        nextBreath = scanned + at + SLICE_CHARS;
        onScanned?.(scanned + at);
        yield;
      }
      if (inString) {
        let quote = part.indexOf('"', at);
        while (quote >= 0) {
          let escapes = backslashesBefore(part, quote, stringFrom);
          if (escapes === quote) escapes += carried;
          if (escapes % 2 === 0) break;
          quote = part.indexOf('"', quote + 1);
        }
        if (quote < 0) break;
        inString = false;
        if (keyText) {
          keyText.push(part.slice(stringFrom, quote + 1));
          lastKey = keyText.join('');
          keyText = undefined;
        }
        at = quote + 1;
        continue;
      }
      const code = part.charCodeAt(at);
      const depth = stack.length;
      if (code === QUOTE) {
        inString = true;
        carried = 0;
        stringFrom = at;
        keyText = depth <= 2 ? [] : undefined;
        at += 1;
        continue;
      }
      if (code === COLON && depth <= 2 && lastKey !== undefined) {
        try {
          keys[depth] = JSON.parse(lastKey) as string;
        } catch (error) {
          return { error: error instanceof Error ? error.message : String(error) };
        }
      } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
        stack.push(code);
        // `{"tables": {"contacts": [` : a table's records start after this bracket.
        const inTables = depth === 2 && stack[0] === OPEN_OBJECT && stack[1] === OPEN_OBJECT;
        if (code === OPEN_ARRAY && inTables && keys[1] === 'tables' && keys[2] !== undefined && !table) {
          skeleton.push(part.slice(copyFrom, at + 1));
          table = { name: keys[2], elements: [], pieces: [] };
          from = at + 1;
        }
      } else if (code === COMMA && table && depth === 3) {
        table.elements.push(table.pieces.join('') + part.slice(from, at));
        table.pieces = [];
        from = at + 1;
      } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
        if (table && depth === 3) {
          if (code !== CLOSE_ARRAY) return { error: `unexpected “}” at position ${scanned + at}` };
          const last = table.pieces.join('') + part.slice(from, at);
          if (table.elements.length > 0 || last.trim()) table.elements.push(last);
          tables.set(table.name, table.elements);
          table = undefined;
          copyFrom = at;
        }
        stack.pop();
      }
      if (code > 32) lastKey = undefined;
      at += 1;
    }
    // The part ends: what is open carries on into the next one.
    if (inString) {
      keyText?.push(part.slice(stringFrom));
      const run = backslashesBefore(part, part.length, stringFrom);
      carried = run === part.length ? carried + run : run;
    }
    if (table) table.pieces.push(part.slice(from));
    else skeleton.push(part.slice(copyFrom));
    scanned += part.length;
  }
  onScanned?.(scanned);
  if (inString) return { error: 'a text never ends (the file is cut off)' };
  if (table) return { error: 'the file ends inside a list (it is cut off)' };
  try {
    return { envelope: JSON.parse(skeleton.join('')), tables };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
