// CSV writing (RFC 4180) for exporting a story's comparison table.
// Values come from news articles, so they may contain commas, quotes, line breaks — and text that
// a spreadsheet would run as a formula. Both are neutralised here, in one place.

/** Characters that make Excel, LibreOffice and Google Sheets treat a cell as a formula. */
const FORMULA_START = /^[=+@\t\r]|^-(?![\d.])/;

/** One cell: quoted when needed, formula-looking text prefixed with an apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // "-5" stays a number a reader can sort by; "-cmd" or "=HYPERLINK(…)" must not execute.
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text) || /^\s|\s$/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Rows to a CSV document with CRLF line ends, as RFC 4180 asks. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
