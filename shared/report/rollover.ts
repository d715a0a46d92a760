/**
 * Start this year's report from last year's: the step where published reports go wrong most
 * (docs/format.md §5). Numbers are cleared except the carry-over; prose is kept, the data period is
 * moved to the new year, and every sentence still naming last year or its numbers is marked for review.
 */
import { SEC3_COLUMNS, cellDef, sec2Address, sec3Address } from '../schema/index.ts';
import { cellFromNumber, formatNumber } from '../values/parse.ts';
import { getCell } from './cells.ts';
import { withTotalsApplied } from './totals.ts';
import { carriedForwardApplications } from '../ledger/carried.ts';
import type { LastYearBase, Paragraph, Report } from './model.ts';

export const PERIOD = /(统计期限?[为是]?自?)\s*(\d{4})\s*年\s*1\s*月\s*1\s*日\s*(起?至|到|—|-)\s*(\d{4})\s*年\s*12\s*月\s*31\s*日/g;
const NUMBER_WITH_UNIT = /(\d+(?:\.\d+)?)\s*(件|条|个|次|人|项|万元|元)/g;

const TITLE = /(\d{4})(\s*年度?政府信息公开工作年度报告)/g;

/**
 * Moves the statistical-period sentence and mentions of the report's own title to the new year;
 * any other year is left for the clerk to judge.
 */
export function movePeriodSentence(text: string, year: number, lastYear = year - 1): string {
  return text
    .replace(PERIOD, (_m, lead: string, _y1, sep: string) => `${lead}${year}年1月1日${sep}${year}年12月31日`)
    .replace(TITLE, (m, y: string, rest: string) => (Number(y) === lastYear ? `${year}${rest}` : m));
}

/** Non-zero numbers of last year's tables with the label of one cell that holds them. */
function lastYearNumbers(last: Report): Map<string, string> {
  const out = new Map<string, string>();
  for (const [address, cell] of Object.entries(last.cells)) {
    if (cell.value === null || cell.value === 0) continue;
    const key = formatNumber(cell.value);
    if (!out.has(key)) out.set(key, cellDef(address)?.label ?? address);
  }
  return out;
}

export function reviewReasons(text: string, lastYear: number, numbers: Map<string, string>): string[] {
  const reasons: string[] = [];
  const yearMention = new RegExp(`${lastYear}\\s*年`);
  if (yearMention.test(text)) reasons.push(`仍写有上年年份“${lastYear}年”，请确认是否应改为本年`);
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    const where = numbers.get(formatNumber(Number(m[1])));
    if (where) reasons.push(`“${m[0]}”与上年报告的数字相同（${where}），请按本年数据更新`);
  }
  return reasons;
}

function rollParagraph(p: Paragraph, year: number, lastYear: number, numbers: Map<string, string>): Paragraph {
  const text = movePeriodSentence(p.text, year, lastYear);
  const review = reviewReasons(text, lastYear, numbers);
  return review.length ? { heading: p.heading, text, review } : { heading: p.heading, text };
}

/** What this year's checks need from last year's report. */
export function lastYearBase(last: Report): LastYearBase {
  const value = (address: string) => getCell(last, address).value;
  return {
    year: last.year,
    carriedForward: SEC3_COLUMNS.map((_, c) => value(sec3Address('carriedForward', c))),
    effective: {
      rules: value(sec2Address('rules', 'effective')),
      normativeDocs: value(sec2Address('normativeDocs', 'effective')),
    },
    paragraphs: Object.values(last.sections).flatMap((s) => s.paragraphs.map((p) => p.text).filter((t) => t.trim())),
    cells: Object.fromEntries(
      Object.entries(withTotalsApplied(last).cells).flatMap(([address, c]) => (c.value === null ? [] : [[address, c.value]])),
    ),
    ...carriedForwardApplications(last),
  };
}

export function rollOver(last: Report, opts: { year?: number; now?: Date } = {}): Report {
  const year = opts.year ?? last.year + 1;
  const now = (opts.now ?? new Date()).toISOString();
  const numbers = lastYearNumbers(last);
  const base = lastYearBase(last);
  const carriedForward = base.carriedForward;
  const cells: Report['cells'] = {};
  carriedForward.forEach((v, c) => {
    if (v !== null) cells[sec3Address('carriedOver', c)] = cellFromNumber(v);
  });
  const sections = Object.fromEntries(
    Object.entries(last.sections).map(([id, s]) => [
      id,
      { paragraphs: s.paragraphs.map((p) => rollParagraph(p, year, last.year, numbers)) },
    ]),
  ) as Report['sections'];
  return {
    unit: { ...last.unit },
    year,
    // The opening paragraph names the year and the period like the sections do: moved and marked alike.
    preamble: (last.preamble ?? []).map((p) => rollParagraph(p, year, last.year, numbers)),
    sections,
    cells,
    autoTotals: { sec3: true, sec4: true },
    lastYear: base,
    reasons: {},
    confirmedZero: false,
    // Last year's layout choices (表格不跨页, run-in sub-headings) carry over with its text.
    ...(last.layout ? { layout: { ...last.layout } } : {}),
    // The clerk's answers about the ledger (its columns, odd values) are asked once, not every year.
    ...(last.ledger ? { ledger: { mapping: last.ledger.mapping } } : {}),
    meta: { createdAt: now, modifiedAt: now, origin: 'rollover' },
  };
}
