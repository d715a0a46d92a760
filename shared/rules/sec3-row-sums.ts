/** docs/format.md §4.3: in every row of table 三, 总计 = the six applicant columns. */
import { SEC3_APPLICANT_COLS, SEC3_ROW_KEYS, SEC3_TOTAL_COL, sec3Address, sec3RowName } from '../schema/index.ts';
import type { Finding, Rule } from './finding.ts';
import { filled, totalMismatch, gap, typedFirst } from './quote.ts';

const ROWS = SEC3_ROW_KEYS.map((key) => ({
  key,
  parts: SEC3_APPLICANT_COLS.map((c) => sec3Address(key, c)),
  total: sec3Address(key, SEC3_TOTAL_COL),
}));

export const sec3RowSums: Rule = {
  id: 'sec3-row-sums',
  severity: 'error',
  title: '表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
  check({ report }) {
    const out: Finding[] = [];
    for (const row of ROWS) {
      const parts = totalMismatch(report, row.parts, row.total);
      if (parts === null) continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        cells: typedFirst(report, [row.total, ...row.parts], [row.total]),
        message: `表三${sec3RowName(row.key)}：各类申请人之和 ${parts}，总计${filled(report, row.total)}${gap(report, parts, row.total)}`,
      });
    }
    return out;
  },
};
