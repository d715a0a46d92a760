/**
 * What the ledger screen shows, worked out from the book, the clerk's settings and answers: which sheet
 * is read as what and where its header is, the choices of each column select, the questions still open.
 */
import { columnLetter, type LedgerBook } from '../../shared/ledger/book.ts';
import { headerCore, type LedgerField, type SheetKind } from '../../shared/ledger/columns.ts';
import { chosenSheet, type LedgerLayout } from '../../shared/ledger/detect.ts';
import type { CaseSheet } from '../../shared/ledger/count-cases.ts';
import { valueKey, withColumn, type LedgerMapping } from '../../shared/ledger/mapping.ts';
import { questionsOf, type Question } from '../../shared/ledger/left-out.ts';
import { allLeftOut, type LedgerTally } from '../../shared/ledger/tally.ts';

/** How the clerk has each sheet read: as the application ledger, as the 复议/诉讼 cases, or not at all. */
export interface SheetSetting {
  kind: SheetKind | 'none';
  /** 1-based, as Excel numbers rows. */
  headerRow: number;
}

export function initialSheets(book: LedgerBook, found: LedgerLayout): SheetSetting[] {
  return book.sheets.map((_, i) => {
    const a = found.applications.find((s) => s.sheet === i);
    if (a) return { kind: 'applications', headerRow: a.header.row + 1 };
    const c = found.cases.find((s) => s.sheet === i);
    return c ? { kind: 'cases', headerRow: c.header.row + 1 } : { kind: 'none', headerRow: 1 };
  });
}

export function layoutOf(book: LedgerBook, settings: readonly SheetSetting[], mapping: LedgerMapping): LedgerLayout {
  const layout: LedgerLayout = { applications: [], cases: [] };
  settings.forEach((s, i) => {
    if (s.kind === 'none' || !book.sheets[i]) return;
    const chosen = chosenSheet(book, i, s.headerRow, s.kind, mapping);
    if (s.kind === 'cases') layout.cases.push(chosen as CaseSheet);
    else layout.applications.push(chosen);
  });
  return layout;
}

export interface ColumnChoice {
  index: number;
  label: string;
  header: string;
}

/** The columns of a header row, as a select lists them: 「C 列：申请人类别」. */
export function columnChoices(headers: readonly string[]): ColumnChoice[] {
  return headers.flatMap((h, index) => (h.trim() ? [{ index, header: h, label: `${columnLetter(index)} 列：${h.replace(/\s+/g, ' ')}` }] : []));
}

/** The mapping after the clerk named column `index` as `field` (or none): the column it had before is freed. */
export function chooseColumn(mapping: LedgerMapping, headers: readonly string[], field: LedgerField, before: number | undefined, index: number | null): LedgerMapping {
  let m = mapping;
  if (before !== undefined && headers[before]) m = withColumn(m, headers[before]!, 'none', headerCore);
  if (index !== null && headers[index]) m = withColumn(m, headers[index]!, field, headerCore);
  return m;
}

export function openQuestions(t: LedgerTally): Question[] {
  return questionsOf(allLeftOut(t), valueKey);
}

/** 「第 5、9、12 行」, shortened past a dozen. */
export function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 12).join('、');
  return rows.length > 12 ? `第 ${shown} 等 ${rows.length} 行` : `第 ${shown} 行`;
}
