/**
 * The rows under a sheet's header, as records of fields: blank rows (and rows with nothing but a
 * pre-printed 序号) are passed over, rows that are no application — a repeated header, 「合计」, 「注：」,
 * the 填表人 line — are set aside and listed, every other row is one record. A record is the row's cells
 * and the sheet's column map (no closures per row: a 50 000-row ledger makes 50 000 records).
 */
import { valueText, type LedgerSheet, type LedgerValue } from './book.ts';
import type { ColumnMap, HeaderFound, LedgerField } from './columns.ts';

/** The first words of a line under the table that is not an application: totals, notes, signatures. */
const NOT_AN_APPLICATION = /^(?:合\s*计|总\s*计|小\s*计|共\s*计|注[:：]|注\s*[一二三1-9]|备\s*注|说\s*明[:：]|填表|制表|审核人|负责人|统计人|经办人[:：])/;

const NOTE_STARTS = new Set('合总小共注备说填制审负统经');

export interface LedgerRecord {
  /** The sheet's index in the book. */
  sheet: number;
  /** The spreadsheet's row number (1-based, as Excel shows it). */
  row: number;
  cells: readonly LedgerValue[];
  columns: ColumnMap;
}

export function fieldValue(rec: LedgerRecord, field: LedgerField): LedgerValue {
  const c = rec.columns[field];
  return c === undefined ? null : (rec.cells[c] ?? null);
}

export function fieldText(rec: LedgerRecord, field: LedgerField): string {
  return valueText(fieldValue(rec, field));
}

export interface SetAside {
  sheet: number;
  row: number;
  text: string;
}

export interface SheetRecords {
  records: LedgerRecord[];
  /** Rows with text that are not applications (totals, notes, a header repeated on a printed page). */
  setAside: SetAside[];
  blankRows: number;
}

function rowText(cells: readonly LedgerValue[], skip?: number): string {
  const parts: string[] = [];
  cells.forEach((v, i) => {
    const t = i === skip ? '' : valueText(v);
    if (t) parts.push(t);
  });
  return parts.join(' ').slice(0, 80);
}

/**
 * Reads the rows under `header`. `counted` are the fields that make a row an application (dates,
 * type, result): a row with none of them is not one.
 */
export function sheetRecords(sheet: LedgerSheet, sheetIndex: number, header: HeaderFound, counted: readonly LedgerField[]): SheetRecords {
  const columns: ColumnMap = header.columns;
  const countedCols = counted.map((f) => columns[f]).filter((c): c is number => c !== undefined);
  const out: SheetRecords = { records: [], setAside: [], blankRows: 0 };
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    let first = '';
    for (let i = 0; i < cells.length && !first; i++) first = valueText(cells[i]);
    if (!first) {
      out.blankRows++;
      continue;
    }
    if (NOTE_STARTS.has(first[0]!) && NOT_AN_APPLICATION.test(first)) {
      out.setAside.push({ sheet: sheetIndex, row: r + 1, text: rowText(cells) });
      continue;
    }
    if (!countedCols.some((c) => valueText(cells[c]) !== '')) {
      const rest = rowText(cells, columns.number);
      if (rest) out.setAside.push({ sheet: sheetIndex, row: r + 1, text: rest });
      else out.blankRows++;
      continue;
    }
    // A header repeated where a printed page began: the counted columns say their own names.
    if (valueText(cells[countedCols[0]!]) === header.headers[countedCols[0]!] && countedCols.every((c) => valueText(cells[c]) === (header.headers[c] ?? ''))) {
      out.setAside.push({ sheet: sheetIndex, row: r + 1, text: '重复的表头' });
      continue;
    }
    out.records.push({ sheet: sheetIndex, row: r + 1, cells, columns });
  }
  return out;
}
