/**
 * A count in the clerk's words, for the CLI's output and the app's dialog alike: where the header was
 * found and which column is which field, the totals of the year, and each row left out or counted once.
 */
import { SEC3_TOTAL_COL, sec3Address } from '../schema/index.ts';
import type { LedgerBook } from './book.ts';
import { columnLetter } from './book.ts';
import { APPLICATION_FIELDS, CASE_FIELDS, FIELD_LABELS, REQUIRED_FIELDS, type HeaderFound, type LedgerField, type SheetKind } from './columns.ts';
import type { CarryDifference } from './carried.ts';
import type { Duplicate, LeftOut } from './left-out.ts';
import { rowsOf } from './left-out.ts';
import { sec3Values, allLeftOut, type LedgerTally } from './tally.ts';

/** 「第 57 行」 on the one application sheet; 「工作表“复议诉讼”第 3 行」 anywhere else. */
export function rowName(book: Pick<LedgerBook, 'sheets'>, sheet: number, row: number, mainSheet: number | null): string {
  return sheet === mainSheet ? `第 ${row} 行` : `工作表“${book.sheets[sheet]?.name ?? ''}”第 ${row} 行`;
}

/** The sheet whose rows are named without it: the application sheet, when there is one only. */
export function mainSheet(t: Pick<LedgerTally, 'layout'>): number | null {
  return t.layout.applications.length === 1 ? t.layout.applications[0]!.sheet : null;
}

/** 「2024-0012（第 57 行）」, or the row alone when the ledger has no numbers. */
export function applicationName(number: string, row: number, sheet?: string): string {
  const where = sheet ? `${sheet}第 ${row} 行` : `第 ${row} 行`;
  return number ? `${number}（${where}）` : where;
}

export function leftOutLine(book: Pick<LedgerBook, 'sheets'>, l: LeftOut, main: number | null): string {
  return `${rowName(book, l.sheet, l.row, main)}${l.number ? `（编号 ${l.number}）` : ''}：${l.reason}`;
}

export function duplicateLine(book: Pick<LedgerBook, 'sheets'>, d: Duplicate, main: number | null): string {
  return `${rowName(book, d.sheet, d.row, main)}${d.number ? `（编号 ${d.number}）` : ''}${d.reason}（计入${rowName(book, d.kept.sheet, d.kept.row, main)}）`;
}

export interface ColumnFound {
  field: LedgerField;
  label: string;
  /** The column's letter and header text, or null when the sheet has no such column. */
  column: { index: number; letter: string; header: string } | null;
  required: boolean;
}

/** Each field of a sheet and the column found for it. */
export function columnsFound(header: HeaderFound, kind: SheetKind): ColumnFound[] {
  const fields = kind === 'cases' ? CASE_FIELDS : APPLICATION_FIELDS;
  return fields.map((field) => {
    const index = header.columns[field];
    return {
      field,
      label: FIELD_LABELS[field],
      column: index === undefined ? null : { index, letter: columnLetter(index), header: header.headers[index] ?? '' },
      required: REQUIRED_FIELDS[kind].includes(field),
    };
  });
}

/** The required fields no column was found for, per sheet: nothing can be counted until they are named. */
export function missingColumns(t: LedgerTally): string[] {
  const out: string[] = [];
  for (const s of t.layout.applications) {
    const missing = columnsFound(s.header, 'applications').filter((c) => c.required && !c.column);
    if (missing.length) out.push(...missing.map((m) => m.label));
  }
  return [...new Set(out)];
}

export interface TallyTotals {
  newReceived: number;
  carriedOver: number;
  closed: number;
  carriedForward: number;
  leftOutRows: number;
  duplicates: number;
  closedBefore: number;
  receivedAfter: number;
}

export function tallyTotals(t: LedgerTally): TallyTotals {
  const v = sec3Values(t.applications);
  const total = (key: 'newReceived' | 'carriedOver' | 'total' | 'carriedForward') => v[sec3Address(key, SEC3_TOTAL_COL)] ?? 0;
  return {
    newReceived: total('newReceived'),
    carriedOver: total('carriedOver'),
    closed: total('total'),
    carriedForward: total('carriedForward'),
    leftOutRows: rowsOf(allLeftOut(t)),
    duplicates: t.applications.duplicates.length,
    closedBefore: t.applications.notCounted.closedBefore,
    receivedAfter: t.applications.notCounted.receivedAfter,
  };
}

/** One sentence: what was counted for the year and what was not. */
export function tallySentence(t: LedgerTally): string {
  const n = tallyTotals(t);
  const parts = [`统计 ${t.year} 年度：本年新收 ${n.newReceived} 件，上年结转 ${n.carriedOver} 件，办结 ${n.closed} 件，结转下年度 ${n.carriedForward} 件`];
  const outside = n.closedBefore + n.receivedAfter;
  if (outside) parts.push(`不属于本年度的 ${outside} 行不计（${t.year - 1} 年及以前已办结 ${n.closedBefore} 行，${t.year + 1} 年及以后收到 ${n.receivedAfter} 行）`);
  if (n.duplicates) parts.push(`重复登记的 ${n.duplicates} 行只计一次`);
  if (n.leftOutRows) parts.push(`${n.leftOutRows} 行无法确定如何统计，未计入`);
  return `${parts.join('；')}。`;
}

/**
 * A difference of 上年结转 from last year's report, in one line: the figures, then which applications — those
 * last year did not carry, where those it carried went — or, when last year's list is not known, the ones
 * the ledger counts.
 */
export function carryDifferenceText(d: CarryDifference, lastYear: string, name: (index: number) => string): string {
  const parts = [`二、上年结转 · ${d.columnName}：台账 ${d.ledger} 件，${lastYear}结转下年度 ${d.lastYear} 件`];
  if (d.notCarriedLastYear.length) parts.push(`${lastYear}未结转：${d.notCarriedLastYear.map(name).join('、')}`);
  for (const m of d.missing) parts.push(`上年结转的 ${m.number || m.received}：${m.why}`);
  if (!d.notCarriedLastYear.length && !d.missing.length && d.applications.length) {
    parts.push(`台账中计入的是：${d.applications.slice(0, 20).map(name).join('、')}${d.applications.length > 20 ? ' 等' : ''}`);
  }
  return parts.join('；');
}

/** How a counted application is named in a list: its number, or its row. */
export function countedName(t: LedgerTally): (index: number) => string {
  return (i) => {
    const a = t.applications.applications[i]!;
    return a.number || `第${a.row}行`;
  };
}
