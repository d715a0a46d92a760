/**
 * 总计 cells in the review: a total is computed from its parts, not asked for. Once the clerk answered
 * its parts, the total is their sum (only when every part holds a number: a half-answered row keeps a
 * blank total, as the panel then counts it, rather than a sum that pretends to be complete).
 */
import type { ImportFlag } from '../../shared/import/source.ts';
import { getCell } from '../../shared/report/cells.ts';
import type { Report } from '../../shared/report/model.ts';
import { withComputedTotals } from '../../shared/report/totals.ts';
import {
  SEC3_APPLICANT_COLS,
  SEC3_RESULT_PART_KEYS,
  SEC3_ROW_KEYS,
  SEC3_TOTAL_COL,
  SEC4_GROUPS,
  SEC4_TOTAL_OFFSET,
  cellDef,
  sec3Address,
  sec4Address,
} from '../../shared/schema/index.ts';
import type { CellValue } from '../../shared/values/parse.ts';

/**
 * The flags on 总计 cells that the review does not ask about: a blank total, and a total flagged for the
 * same reason as the rest of its row (the row is answered, the total follows). A total flagged on its own
 * (a published sum that does not add up) is still asked.
 */
export function computedFlagged(report: Report, flags: readonly ImportFlag[]): Set<string> {
  const out = new Set<string>();
  for (const f of flags) {
    const def = f.cell ? cellDef(f.cell) : undefined;
    if (!def?.isTotal) continue;
    const rowFlagged = flags.some((o) => o !== f && o.cell && o.reason === f.reason && cellDef(o.cell)?.row === def.row && !cellDef(o.cell)?.isTotal);
    if (rowFlagged || getCell(report, def.address).raw.trim() === '') out.add(def.address);
  }
  return out;
}

/** Every 总计 cell with the parts it adds up. */
function totalsWithParts(): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const c of SEC3_APPLICANT_COLS) out.push([sec3Address('total', c), SEC3_RESULT_PART_KEYS.map((k) => sec3Address(k, c))]);
  for (const k of SEC3_ROW_KEYS) out.push([sec3Address(k, SEC3_TOTAL_COL), SEC3_APPLICANT_COLS.map((c) => sec3Address(k, c))]);
  SEC4_GROUPS.forEach((_, g) => out.push([sec4Address(g * 5 + SEC4_TOTAL_OFFSET), [0, 1, 2, 3].map((i) => sec4Address(g * 5 + i))]));
  return out;
}

/** `cells` with each total the review did not ask about set to the sum of its parts, when all are numbers. */
export function fillSkippedTotals(skipped: ReadonlySet<string>, cells: Record<string, CellValue>): Record<string, CellValue> {
  const sums = withComputedTotals({ cells, autoTotals: { sec3: true, sec4: true } });
  const out = { ...cells };
  for (const [total, parts] of totalsWithParts()) {
    if (!skipped.has(total)) continue;
    if (parts.every((p) => out[p]?.value !== null && out[p]?.value !== undefined)) out[total] = sums[total]!;
  }
  return out;
}
