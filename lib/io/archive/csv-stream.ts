/**
 * A push-mode CSV reader: text arrives in pieces (decoded slice by slice from
 * the ZIP), records leave as soon as they are complete. Papa Parse wants the
 * whole text at once, which for a 200,000-message `messages.csv` (tens of MB)
 * is one long task; this keeps each slice's work small. RFC 4180 quoting
 * (`""` inside quotes, line breaks inside quotes), LF or CRLF, any delimiter;
 * blank lines are dropped (LinkedIn sometimes ends a file with one) unless
 * `keepBlank` asks for them as `['']` (row numbers as a spreadsheet counts them).
 */
export class CsvStream {
  private field = '';
  private record: string[] = [];
  private quoted = false;
  /** The previous piece ended right after a quote inside a quoted field: `"` + `"` may follow. */
  private quoteEnd = false;
  /** The previous piece ended with `\r`: a `\n` starting the next piece belongs to it. */
  private afterCr = false;
  /** Records ended so far, blank ones included. */
  private records = 0;
  /** The number (1 = first) of the record whose quoted field is open. */
  private openedIn = 0;

  constructor(
    private readonly onRecord: (cells: string[]) => void,
    private readonly delimiter = ',',
    private readonly keepBlank = false,
  ) {}

  /** After `end()` returned false: the number (1 = first) of the record cut off inside quotes. */
  get cutOffRecord(): number {
    return this.openedIn;
  }

  /** Read one more piece of the text. */
  push(text: string): void {
    const delimiter = this.delimiter;
    let field = this.field;
    let start = 0;
    let i = 0;
    if (this.afterCr && text.startsWith('\n')) i = start = 1;
    this.afterCr = false;
    if (this.quoteEnd) {
      this.quoteEnd = false;
      if (text[i] === '"') {
        field += '"';
        i = start = i + 1;
      } else this.quoted = false;
    }
    const n = text.length;
    while (i < n) {
      if (this.quoted) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          field += text.slice(start, n);
          start = n;
          break;
        }
        field += text.slice(start, close);
        if (close + 1 >= n) {
          this.quoteEnd = true;
          start = n;
          break;
        }
        if (text[close + 1] === '"') {
          field += '"';
          i = start = close + 2;
        } else {
          this.quoted = false;
          i = start = close + 1;
        }
        continue;
      }
      const c = text[i];
      if (c === '"' && i === start && field === '') {
        this.quoted = true;
        this.openedIn = this.records + 1;
        i = start = i + 1;
      } else if (c === delimiter) {
        this.record.push(field + text.slice(start, i));
        field = '';
        i = start = i + 1;
      } else if (c === '\n' || c === '\r') {
        this.record.push(field + text.slice(start, i));
        field = '';
        this.endRecord();
        if (c === '\r') {
          if (i + 1 >= n) this.afterCr = true;
          else if (text[i + 1] === '\n') i += 1;
        }
        i = start = i + 1;
      } else i += 1;
    }
    this.field = field + text.slice(start, n);
  }

  /**
   * The text is over: the last record (a file need not end with a line
   * break). Returns false when a quoted field never closed (a cut-off file).
   */
  end(): boolean {
    const open = this.quoted && !this.quoteEnd;
    if (this.field !== '' || this.record.length > 0) {
      this.record.push(this.field);
      this.field = '';
      this.endRecord();
    }
    return !open;
  }

  private endRecord(): void {
    const cells = this.record;
    this.record = [];
    this.records += 1;
    if (cells.length === 1 && cells[0] === '' && !this.keepBlank) return;
    this.onRecord(cells);
  }
}
