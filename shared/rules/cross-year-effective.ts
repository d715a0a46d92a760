/** docs/format.md §4.9 (warning): 现行有效件数 = last year's 现行有效 + 本年制发 − 本年废止 (clean-ups break it legitimately). */
import { SEC2_ITEMS, sec2Address, type Sec2RowKey } from '../schema/index.ts';
import { numberOf } from '../report/cells.ts';
import type { Finding, Rule } from './finding.ts';
import { isBlank, shown } from './quote.ts';

const ROWS = SEC2_ITEMS[0]!.rows.map((r) => ({
  key: r.key as 'rules' | 'normativeDocs',
  label: r.label,
  issued: sec2Address(r.key as Sec2RowKey, 'issued'),
  repealed: sec2Address(r.key as Sec2RowKey, 'repealed'),
  effective: sec2Address(r.key as Sec2RowKey, 'effective'),
}));

export const crossYearEffective: Rule = {
  id: 'cross-year-effective',
  severity: 'warning',
  title: '现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数',
  check({ report }) {
    const last = report.lastYear;
    if (!last) return [];
    const out: Finding[] = [];
    for (const r of ROWS) {
      const base = last.effective[r.key];
      if (base === null || isBlank(report, r.effective)) continue;
      const expected = base + numberOf(report, r.issued) - numberOf(report, r.repealed);
      if (numberOf(report, r.effective) === expected) continue;
      out.push({
        rule: this.id,
        severity: this.severity,
        cells: [r.effective, r.issued, r.repealed],
        message:
          `表二${r.label} 现行有效件数 ${shown(report, r.effective)}，按上年 ${base} + 本年制发 ${shown(report, r.issued)}` +
          ` − 本年废止 ${shown(report, r.repealed)} 应为 ${expected}；如有清理或重新统计，请填写说明`,
      });
    }
    return out;
  },
};
