/** A table: a header row, then data rows; cells are text, numbers or empty. */
export interface Table {
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
}

/**
 * CSV as RFC 4180 has it — CRLF between records, fields with a comma, quote or line break in
 * double quotes, quotes doubled — in UTF-8 with a byte-order mark, which Excel needs to read
 * anything but ASCII correctly. A cell starting with = + - @ is prefixed with ' so a spreadsheet
 * does not run it as a formula (CSV injection, OWASP).
 */
export function toCsv(table: Table): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
