/** docs/format.md §4.4: per column of table 三, （七）总计 = the sum of the 22 result rows. */
import { SEC3_COLUMNS, SEC3_RESULT_PART_KEYS, sec3Address } from '../schema/index.ts';
import { numberOf } from '../report/cells.ts';
import type { Finding, Rule } from './finding.ts';
import { filled, totalMismatch, gap, typedFirst } from './quote.ts';

const COLUMNS = SEC3_COLUMNS.map((name, col) => ({
  name,
  parts: SEC3_RESULT_PART_KEYS.map((k) => sec3Address(k, col)),
  total: sec3Address('total', col),
}));

export const sec3ResultTotals: Rule = {
  id: 'sec3-result-totals',
  severity: 'error',
  title: '表三每一列：（七）总计 = （一）至（六）各项办理结果之和',
  check({ report }) {
    const out: Finding[] = [];
    for (const col of COLUMNS) {
      const parts = totalMismatch(report, col.parts, col.total);
      if (parts === null) continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        cells: typedFirst(report, [col.total, ...col.parts.filter((a) => numberOf(report, a) !== 0)], [col.total]),
        message: `表三（七）总计 · ${col.name}：各项办理结果之和 ${parts}，总计${filled(report, col.total)}${gap(report, parts, col.total)}`,
      });
    }
    return out;
  },
};
