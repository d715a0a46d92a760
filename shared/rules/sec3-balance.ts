/**
 * docs/format.md §4.5, the rule the format prints: per column of table 三, 一 + 二 = 三（七） + 四. While the
 * report is filled in, a column with a blank among its four cells is not finished, not wrong: it is listed as
 * 尚未完成 (pendingBalances) until every cell holds a number; before export a blank counts as 0 again.
 */
import { SEC3_COLUMNS, sec3Address } from '../schema/index.ts';
import type { Finding, Rule } from './finding.ts';
import type { Report } from '../report/model.ts';
import { difference, isBlank, shown, shownTotal, sum, typedFirst } from './quote.ts';

const COLUMNS = SEC3_COLUMNS.map((name, col) => ({
  name,
  received: sec3Address('newReceived', col),
  carriedOver: sec3Address('carriedOver', col),
  total: sec3Address('total', col),
  carriedForward: sec3Address('carriedForward', col),
}));

const cellsOf = (c: (typeof COLUMNS)[number]) => [c.received, c.carriedOver, c.total, c.carriedForward];

/** The columns begun but not finished: some of their four cells filled, some blank. */
export function pendingBalances(report: Report): string[] {
  return COLUMNS.filter((c) => {
    const blanks = cellsOf(c).filter((a) => isBlank(report, a)).length;
    return blanks > 0 && blanks < 4;
  }).map((c) => c.name);
}

export const sec3Balance: Rule = {
  id: 'sec3-balance',
  severity: 'error',
  title: '表三每一列：第一项加第二项之和，等于第三项加第四项之和',
  check({ report, stage }) {
    const out: Finding[] = [];
    for (const c of COLUMNS) {
      if (stage === 'editing' && cellsOf(c).some((a) => isBlank(report, a))) continue;
      const inflow = sum(report, [c.received, c.carriedOver]);
      const outflow = sum(report, [c.total, c.carriedForward]);
      if (inflow === outflow) continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        cells: typedFirst(report, [c.received, c.carriedOver, c.total, c.carriedForward], [c.total]),
        message:
          `表三${c.name}列：一、本年新收 ${shown(report, c.received)} + 二、上年结转 ${shown(report, c.carriedOver)} = ${inflow}，` +
          `应等于三、（七）总计 ${shownTotal(report, c.total)} + 四、结转下年度 ${shown(report, c.carriedForward)} = ${outflow}${difference(inflow, outflow)}`,
      });
    }
    return out;
  },
};
