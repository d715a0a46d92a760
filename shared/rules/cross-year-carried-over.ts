/** docs/format.md §4.8 (warning): this year's 上年结转 equals last year's 结转下年度继续办理, column by column. */
import { SEC3_COLUMNS, sec3Address } from '../schema/index.ts';
import { numberOf } from '../report/cells.ts';
import type { Finding, Rule } from './finding.ts';
import { shown } from './quote.ts';

export const crossYearCarriedOver: Rule = {
  id: 'cross-year-carried-over',
  severity: 'warning',
  title: '二、上年结转政府信息公开申请数量 应等于上年报告的 四、结转下年度继续办理',
  check({ report }) {
    const last = report.lastYear;
    if (!last) return [];
    const out: Finding[] = [];
    SEC3_COLUMNS.forEach((name, c) => {
      const expected = last.carriedForward[c];
      const address = sec3Address('carriedOver', c);
      if (expected === null || expected === undefined || numberOf(report, address) === expected) return;
      out.push({
        rule: this.id,
        severity: this.severity,
        cells: [address],
        message: `表三二、上年结转 · ${name} 填写 ${shown(report, address)}，${last.year}年报告的结转下年度继续办理为 ${expected}`,
      });
    });
    return out;
  },
};
