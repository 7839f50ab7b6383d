/**
 * CSV as RFC 4180 writes it: a header row, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break, quotes doubled inside. Null is an empty field.
 *
 * Formula injection: spreadsheet programs run a cell that starts with = + - @ (and, in some, a tab or
 * carriage return) as a formula, so a quote such as `=HYPERLINK(...)` taken from a hostile document
 * could execute when an analyst opens the export. Such text cells get a leading apostrophe, as OWASP
 * recommends; numbers are written as numbers and never altered. Strip the apostrophe to get the text back.
 */
export type CsvCell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(formatCell).join(',') + '\r\n').join('');
}

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
