/** docs/format.md §4.6: in table 四, 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计, for each of the three groups. */
import { SEC4_GROUPS, SEC4_OUTCOMES, SEC4_TOTAL_OFFSET, sec4Address } from '../schema/index.ts';
import type { Finding, Rule } from './finding.ts';
import { filled, shown, totalMismatch, gap, typedFirst } from './quote.ts';

const GROUPS = SEC4_GROUPS.map((g, gi) => ({
  name: g.full,
  parts: [0, 1, 2, 3].map((i) => sec4Address(gi * 5 + i)),
  total: sec4Address(gi * 5 + SEC4_TOTAL_OFFSET),
}));

export const sec4Sums: Rule = {
  id: 'sec4-sums',
  severity: 'error',
  title: '表四：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计（行政复议、未经复议直接起诉、复议后起诉分别计算）',
  check({ report }) {
    const out: Finding[] = [];
    for (const g of GROUPS) {
      const parts = totalMismatch(report, g.parts, g.total);
      if (parts === null) continue;
      const terms = g.parts.map((a, i) => `${SEC4_OUTCOMES[i]} ${shown(report, a)}`).join(' + ');
      out.push({
        rule: this.id,
        severity: this.severity,
        cells: typedFirst(report, [...g.parts, g.total], [g.total]),
        message: `表四${g.name}：${terms} = ${parts}，总计${filled(report, g.total)}${gap(report, parts, g.total)}`,
      });
    }
    return out;
  },
};
