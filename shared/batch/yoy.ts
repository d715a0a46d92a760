/**
 * Gentle year-on-year notes for the district's review: a figure far from the unit's own last year is
 * more often a slip (a digit too many, a column shifted) than a real change, but it may be real, so it
 * is a note to look at, never a warning to explain.
 */
import { getCell } from '../report/cells.ts';
import type { Report } from '../report/model.ts';
import { ALL_CELLS, SEC3_COLUMNS } from '../schema/index.ts';
import { formatNumber } from '../values/parse.ts';
import type { BatchFinding } from './review.ts';

export const YEAR_ON_YEAR_RULE = 'year-on-year';

/** Changes between small counts (2 → 12) are ordinary; below this neither figure is worth a note. */
const MIN_FIGURE = 10;
const FACTOR = 5;
const ZERO_AFTER = 100;

// Table 3 is compared on its 总计 column: the applicant columns would repeat the same note.
const SEC3_TOTAL_COLUMN = `[${SEC3_COLUMNS.length - 1}]`;
const COMPARED = ALL_CELLS.filter((c) => c.table !== 'sec3' || c.address.endsWith(SEC3_TOTAL_COLUMN));

export function yearOnYearNotes(report: Report, last: Report): BatchFinding[] {
  const out: BatchFinding[] = [];
  for (const c of COMPARED) {
    const now = getCell(report, c.address).value;
    const before = getCell(last, c.address).value;
    if (now === null || before === null) continue;
    const figures = `本年 ${formatNumber(now)}，上年（${last.year}年）${formatNumber(before)}`;
    let why = '';
    if (now === 0 && before > ZERO_AFTER) why = '本年为 0';
    else if (now === 0 || before === 0 || Math.max(now, before) < MIN_FIGURE) continue;
    else if (now > before * FACTOR) why = `超过上年的 ${FACTOR} 倍`;
    else if (now * FACTOR < before) why = `不到上年的五分之一`;
    if (why) out.push({ rule: YEAR_ON_YEAR_RULE, severity: 'note', cells: [c.address], message: `${c.label}：${figures}，${why}，请核实` });
  }
  return out;
}
