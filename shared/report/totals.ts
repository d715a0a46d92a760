/** Computed 总计 cells: new reports fill them from their parts; the clerk may switch a table to manual entry. */
import {
  SEC3_APPLICANT_COLS,
  SEC3_COLUMNS,
  SEC3_RESULT_PART_KEYS,
  SEC3_ROW_KEYS,
  SEC3_TOTAL_COL,
  SEC4_GROUPS,
  SEC4_TOTAL_OFFSET,
  sec3Address,
  sec4Address,
} from '../schema/index.ts';
import { cellFromNumber, formatNumber, type CellValue } from '../values/parse.ts';
import type { Report } from './model.ts';

/**
 * A computed total adds only valid counts: a −1 or 1.5 typed in a part is reported on that part,
 * not carried into a 总计 cell the clerk cannot edit.
 */
function total(cells: Record<string, CellValue>, parts: readonly string[]): CellValue {
  let s = 0;
  let any = false;
  for (const a of parts) {
    const c = cells[a];
    if (!c || c.raw.trim() === '') continue;
    any = true;
    if (c.value !== null && c.value >= 0 && Number.isInteger(c.value)) s += c.value;
  }
  return any ? cellFromNumber(Number(formatNumber(s))) : { raw: '', value: null };
}

/** Cells of a computed table: which addresses are filled automatically. */
export function computedAddresses(report: Pick<Report, 'autoTotals'>): Set<string> {
  const out = new Set<string>();
  if (report.autoTotals.sec3) {
    for (const k of SEC3_ROW_KEYS) out.add(sec3Address(k, SEC3_TOTAL_COL));
    SEC3_COLUMNS.forEach((_, c) => out.add(sec3Address('total', c)));
  }
  if (report.autoTotals.sec4) SEC4_GROUPS.forEach((_, g) => out.add(sec4Address(g * 5 + SEC4_TOTAL_OFFSET)));
  return out;
}

/** Returns the cells with every automatic total recomputed (the input is not changed). */
export function withComputedTotals(report: Pick<Report, 'cells' | 'autoTotals'>): Record<string, CellValue> {
  const cells = { ...report.cells };
  if (report.autoTotals.sec3) {
    // Column totals of （七） first, then every row's 总计 (which includes the （七） row itself).
    for (const c of SEC3_APPLICANT_COLS) {
      cells[sec3Address('total', c)] = total(cells, SEC3_RESULT_PART_KEYS.map((k) => sec3Address(k, c)));
    }
    for (const k of SEC3_ROW_KEYS) {
      cells[sec3Address(k, SEC3_TOTAL_COL)] = total(cells, SEC3_APPLICANT_COLS.map((c) => sec3Address(k, c)));
    }
  }
  if (report.autoTotals.sec4) {
    SEC4_GROUPS.forEach((_, g) => {
      cells[sec4Address(g * 5 + SEC4_TOTAL_OFFSET)] = total(cells, [0, 1, 2, 3].map((i) => sec4Address(g * 5 + i)));
    });
  }
  return cells;
}

/**
 * The report as the editor shows and judges it: automatic totals recomputed from their parts. The
 * editor, `check`, `new`, the export gate and the export model all go through this, so a file with
 * stale totals is judged the same everywhere.
 */
export function withTotalsApplied<R extends Pick<Report, 'cells' | 'autoTotals'>>(report: R): R {
  return { ...report, cells: withComputedTotals(report) };
}
