/**
 * A ledger (依申请公开台账) as the counting reads it: the sheets of the clerk's workbook, each a grid of
 * the values its cells hold. The Node side makes this from an .xlsx (electron/ledger) and the CSV reader
 * here from a .csv; everything after that is pure.
 */

/**
 * One cell: text, a number (an Excel date typed as a plain number stays a number, a serial date), a
 * real spreadsheet date (`{ date: 'YYYY-MM-DD' }`), or nothing.
 */
export type LedgerValue = string | number | { date: string } | null;

export interface LedgerSheet {
  name: string;
  /** rows[i] is the spreadsheet's row i + 1, as Excel numbers it (empty rows kept as []). */
  rows: LedgerValue[][];
}

export interface LedgerBook {
  /** The file's name, for messages and the report's record of where its numbers came from. */
  name: string;
  sheets: LedgerSheet[];
}

/** A cell's text as the clerk sees it (a date as 2024-03-18), trimmed. */
export function valueText(v: LedgerValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  return v.date;
}

export function isBlankRow(row: readonly LedgerValue[] | undefined): boolean {
  return !row || row.every((v) => valueText(v) === '');
}

/** Excel's column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
