/**
 * This year against last year, cell by cell: the figures, the change, and the gentle notes. A figure
 * far from the unit's own last year is more often a slip (a digit too many, a column shifted) than a
 * real change, but it may be real, so it is a note to look at, never a warning to explain. The one
 * policy for the editor's 与上年对比 view and the district's batch review (shared/batch).
 */
import { ALL_CELLS, SEC3_COLUMNS } from '../schema/index.ts';
import { formatNumber } from '../values/parse.ts';
import { getCell } from './cells.ts';
import type { Report } from './model.ts';

export const YEAR_ON_YEAR_RULE = 'year-on-year';

/** Changes between small counts (2 → 12) are ordinary; below this neither figure is worth a note. */
const MIN_FIGURE = 10;
const FACTOR = 5;
const ZERO_AFTER = 100;

// Table 3 is compared on its 总计 column: the applicant columns would repeat the same note.
const SEC3_TOTAL_COLUMN = `[${SEC3_COLUMNS.length - 1}]`;
const COMPARED = ALL_CELLS.filter((c) => c.table !== 'sec3' || c.address.endsWith(SEC3_TOTAL_COLUMN));

/** A note: gentler than a warning (worth a look, nothing to fix or explain). */
export interface YearOnYearNote {
  rule: typeof YEAR_ON_YEAR_RULE;
  severity: 'note';
  cells: string[];
  message: string;
}

/** Last year's figures by cell address: from last year's report, or kept in this year's (report.lastYear.cells). */
export interface LastYearFigures {
  year: number;
  value(address: string): number | null;
}

export function figuresOf(last: Pick<Report, 'year' | 'cells'>): LastYearFigures {
  return { year: last.year, value: (address) => getCell(last, address).value };
}

/** Why `now` against `before` is worth a note, or null. */
export function yearOnYearReason(now: number, before: number): string | null {
  if (now === 0 && before > ZERO_AFTER) return '本年为 0';
  if (now === 0 || before === 0 || Math.max(now, before) < MIN_FIGURE) return null;
  if (now > before * FACTOR) return `超过上年的 ${FACTOR} 倍`;
  if (now * FACTOR < before) return '不到上年的五分之一';
  return null;
}

export function yearOnYearNotes(report: Pick<Report, 'cells'>, last: LastYearFigures): YearOnYearNote[] {
  const out: YearOnYearNote[] = [];
  for (const c of COMPARED) {
    const now = getCell(report, c.address).value;
    const before = last.value(c.address);
    if (now === null || before === null) continue;
    const why = yearOnYearReason(now, before);
    if (!why) continue;
    const figures = `本年 ${formatNumber(now)}，上年（${last.year}年）${formatNumber(before)}`;
    out.push({ rule: YEAR_ON_YEAR_RULE, severity: 'note', cells: [c.address], message: `${c.label}：${figures}，${why}，请核实` });
  }
  return out;
}

/** One cell beside last year: last year's figure, the change and the change in per cent (null where undefined). */
export interface CellComparison {
  last: number | null;
  change: number | null;
  /** Rounded to a whole per cent; null when last year was 0 or either side is empty. */
  percent: number | null;
}

export function compareCell(now: number | null, last: number | null): CellComparison {
  if (now === null || last === null) return { last, change: null, percent: null };
  const change = Number(formatNumber(now - last));
  return { last, change, percent: last === 0 ? null : Math.round((change / last) * 100) };
}

/** 「+3」「−12」「0」 and 「+25%」: signs the clerk reads at a glance. */
export function signed(n: number, suffix = ''): string {
  if (n === 0) return `0${suffix}`;
  return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n))}${suffix}`;
}
