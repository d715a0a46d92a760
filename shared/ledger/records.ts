/**
 * The rows under a sheet's header, as records of fields: blank rows (and rows with nothing but a
 * pre-printed 序号) are passed over, rows that are no application — a repeated header, 「合计」, 「注：」,
 * the 填表人 line — are set aside and listed, every other row is one record.
 */
import { isBlankRow, valueText, type LedgerSheet, type LedgerValue } from './book.ts';
import type { ColumnMap, HeaderFound, LedgerField } from './columns.ts';

/** The first words of a line under the table that is not an application: totals, notes, signatures. */
const NOT_AN_APPLICATION = /^(?:合\s*计|总\s*计|小\s*计|共\s*计|注[:：]|注\s*[一二三1-9]|备\s*注|说\s*明[:：]|填表|制表|审核人|负责人|统计人|经办人[:：])/;

export interface LedgerRecord {
  /** The sheet's index in the book. */
  sheet: number;
  /** The spreadsheet's row number (1-based, as Excel shows it). */
  row: number;
  value(field: LedgerField): LedgerValue;
  text(field: LedgerField): string;
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

/**
 * Reads the rows under `header`. `counted` are the fields that make a row an application (dates,
 * type, result): a row with none of them is not one.
 */
export function sheetRecords(sheet: LedgerSheet, sheetIndex: number, header: HeaderFound, counted: readonly LedgerField[]): SheetRecords {
  const columns: ColumnMap = header.columns;
  const headerTexts = header.headers.join('\u0001');
  const out: SheetRecords = { records: [], setAside: [], blankRows: 0 };
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    if (isBlankRow(cells)) {
      out.blankRows++;
      continue;
    }
    const value = (f: LedgerField): LedgerValue => {
      const c = columns[f];
      return c === undefined ? null : (cells[c] ?? null);
    };
    const text = (f: LedgerField) => valueText(value(f));
    const texts = cells.map((v) => valueText(v));
    const first = texts.find((t) => t) ?? '';
    if (NOT_AN_APPLICATION.test(first)) {
      out.setAside.push({ sheet: sheetIndex, row: r + 1, text: texts.filter(Boolean).join(' ').slice(0, 80) });
      continue;
    }
    if (!counted.some((f) => text(f) !== '')) {
      const rest = texts.filter((t, i) => t && i !== columns.number);
      if (rest.length) out.setAside.push({ sheet: sheetIndex, row: r + 1, text: rest.join(' ').slice(0, 80) });
      else out.blankRows++;
      continue;
    }
    if (texts.join('\u0001') === headerTexts) {
      out.setAside.push({ sheet: sheetIndex, row: r + 1, text: '重复的表头' });
      continue;
    }
    out.records.push({ sheet: sheetIndex, row: r + 1, value, text });
  }
  return out;
}
