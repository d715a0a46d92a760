/**
 * 汇总: a district adds its units' tables 二/三/四 into one. Every value cell is summed, 现行有效 and the
 * totals too (a sum of sums is the sum), so the district's table satisfies the same 勾稽 rules as the units'.
 */
import { blankReport } from '../report/blank.ts';
import { getCell } from '../report/cells.ts';
import type { Report } from '../report/model.ts';
import { ALL_CELLS } from '../schema/index.ts';
import { FEE_MAX_DECIMALS, cellFromNumber } from '../values/parse.ts';

/** Fees are 万元 with up to six decimals: round away the binary noise of adding them. */
function roundSum(n: number): number {
  const f = 10 ** FEE_MAX_DECIMALS;
  return Math.round(n * f) / f;
}

/**
 * The summed report. A cell left empty by some units counts as 0 for them; one empty in every unit
 * stays empty, so the district's report still shows what nobody filled.
 */
export function sumReports(reports: readonly Report[], opts: { unit: string; year: number; now?: Date }): Report {
  const out = blankReport({ unit: opts.unit, kind: 'other', year: opts.year, now: opts.now });
  out.autoTotals = { sec3: false, sec4: false };
  for (const { address } of ALL_CELLS) {
    let total: number | null = null;
    for (const r of reports) {
      const v = getCell(r, address).value;
      if (v !== null) total = (total ?? 0) + v;
    }
    if (total !== null) out.cells[address] = cellFromNumber(roundSum(total));
  }
  return out;
}

/** The summed report's unit when the officer names none. */
export function sumUnitName(units: number): string {
  return `${units}个单位汇总`;
}
