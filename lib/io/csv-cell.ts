/**
 * Cells a spreadsheet would read as a formula (`=`, `+`, `-`, `@`) or that
 * start with a tab or carriage return get a leading `'`, so opening the
 * export never runs anything (OWASP "CSV injection").
 * @example neutralizeCell('=HYPERLINK("http://evil.example")') // "'=HYPERLINK(…)"
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
