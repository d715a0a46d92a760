/**
 * This year against last year, cell by cell: the figures, the change, and the gentle notes. A figure
 * far from the unit's own last year is more often a slip (a digit too many, a column shifted) than a
 * real change, but it may be real, so it is a note to look at, never a warning to explain. The one
 * policy for the editor's 与上年对比 view and the district's batch review (shared/batch).
 */
import { ALL_CELLS, SEC3_COLUMNS, type TableId } from '../schema/index.ts';
import { formatNumber } from '../values/parse.ts';
import { getCell } from './cells.ts';
import type { Report } from './model.ts';

export const YEAR_ON_YEAR_RULE = 'year-on-year';

/** Changes between small counts (2 → 12) are ordinary; below this neither figure is worth a note. */
export const MIN_FIGURE = 10;
const FACTOR = 5;
const ZERO_AFTER = 100;

// Table 3 is compared on its 总计 column: the applicant columns would repeat the same note (the batch's
// comparisons with other units read the same cells).
const SEC3_TOTAL_COLUMN = `[${SEC3_COLUMNS.length - 1}]`;
export const COMPARED = ALL_CELLS.filter((c) => c.table !== 'sec3' || c.address.endsWith(SEC3_TOTAL_COLUMN));

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

/** Last year's figures kept in this report (roll-over, or picked by the clerk); null when it has none. */
export function keptFigures(report: Pick<Report, 'lastYear'>): LastYearFigures | null {
  const last = report.lastYear;
  const cells = last?.cells;
  if (!last || !cells) return null;
  return { year: last.year, value: (address) => cells[address] ?? null };
}

/** What a cell shows beside this year's figure in the 与上年对比 view. */
export interface CellBesideLastYear {
  /** 「上年 12」, 「上年未填」; '' when neither year has a figure (nothing to show). */
  last: string;
  /** 「+3 +25%」, 「本年未填」 or '' when last year's cell was empty. */
  change: string;
  /** One sentence for the cell's tooltip and screen readers. */
  title: string;
}

export function besideLastYear(report: Pick<Report, 'cells'>, figures: LastYearFigures, address: string): CellBesideLastYear {
  const now = getCell(report, address).value;
  const c = compareCell(now, figures.value(address));
  const last = c.last !== null ? `上年 ${formatNumber(c.last)}` : now !== null ? '上年未填' : '';
  let change = '';
  // Narrow: table 三's seven columns at 1280 px leave about ten characters.
  if (c.change !== null) change = c.percent === null ? signed(c.change) : `${signed(c.change)}\u2009${signed(c.percent, '%')}`;
  else if (now === null && c.last !== null) change = '本年未填';
  let how = '';
  if (c.change === 0) how = '，与上年持平';
  else if (c.change !== null) {
    how = `，${c.change > 0 ? '增加' : '减少'} ${formatNumber(Math.abs(c.change))}${c.percent === null ? '' : `（${signed(c.percent, '%')}）`}`;
  }
  return { last, change, title: `${figures.year}年：${c.last === null ? '未填' : formatNumber(c.last)}${how}` };
}

/** A cell beside last year, with the note about it when there is one. */
export type CellView = CellBesideLastYear & { note?: string };

/** The 与上年对比 view of one table's cells; empty when the report keeps no last-year figures. */
export function tableBesideLastYear(report: Pick<Report, 'cells' | 'lastYear'>, table: TableId): Record<string, CellView> {
  const figures = keptFigures(report);
  const out: Record<string, CellView> = {};
  if (!figures) return out;
  for (const c of ALL_CELLS) if (c.table === table) out[c.address] = besideLastYear(report, figures, c.address);
  for (const n of yearOnYearNotes(report, figures)) {
    const v = out[n.cells[0]!];
    if (v) v.note = n.message;
  }
  return out;
}
