/**
 * CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel does not guess Latin-1),
 * CRLF line ends (RFC 4180), fields quoted when they hold the separator, a quote or a line end.
 * With the semicolon separator (French locales) decimals take a comma, as the spreadsheet
 * expects there.
 */

export type Separator = ',' | ';';

export const BOM = '\uFEFF';

/** A cell: text as is, a number written with the separator's decimal mark, null empty. */
export type Cell = string | number | null;

function quote(text: string, sep: Separator): string {
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as the spreadsheet of this separator reads it: `12.5` or `12,5`. */
export function csvNumber(value: number, sep: Separator): string {
  const text = String(value);
  return sep === ';' ? text.replace('.', ',') : text;
}

function cell(value: Cell, sep: Separator): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value, sep);
  return quote(value, sep);
}

/** The document: BOM, header row, then the rows. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  sep: Separator,
) {
  const lines = [header, ...rows].map((r) => r.map((c) => cell(c, sep)).join(sep));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * A count of patients as an export for a non-clinical reader writes it: 1 to 4 become "< 5"
 * (a small cell can point at one person); 0 and 5 or more are written as they are.
 */
export function maskSmallCount(count: number, mask: boolean): Cell {
  return mask && count > 0 && count < 5 ? '< 5' : count;
}

/**
 * Minor units as major units with the currency's digits, in the separator's decimal mark
 * (`1234.50` or `1234,50`), through text so that no amount becomes a binary fraction.
 */
export function majorUnits(minor: number, digits: number, sep: Separator): string {
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const scale = 10 ** digits;
  const mark = sep === ';' ? ',' : '.';
  return `${sign}${String(Math.trunc(abs / scale))}${mark}${String(abs % scale).padStart(digits, '0')}`;
}

/** A rate (0..1) as a percentage with one decimal, or empty. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}
