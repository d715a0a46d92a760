/** docs/format.md §4.10 (warning): only 国务院部门, 省级 and 设区的市 governments make 规章; others should show 0/0/0. */
import { UNIT_KINDS, sec2Address, unitKindLabel } from '../schema/index.ts';
import { numberOf } from '../report/cells.ts';
import type { Rule } from './finding.ts';

const CELLS = (['issued', 'repealed', 'effective'] as const).map((f) => sec2Address('rules', f));

export const unitRules: Rule = {
  id: 'unit-rules',
  severity: 'warning',
  title: '乡镇/街道、县级人民政府及其部门无权制定规章，规章一行应为 0',
  check({ report }) {
    const kind = UNIT_KINDS.find((k) => k.id === report.unit.kind);
    if (!kind || kind.canMakeRules) return [];
    const cells = CELLS.filter((a) => numberOf(report, a) !== 0);
    if (!cells.length) return [];
    return [
      {
        rule: this.id,
        severity: this.severity,
        cells,
        message: `本单位为${unitKindLabel(kind.id)}，无权制定规章，表二“规章”一行应为 0；行政规范性文件请填在下一行`,
      },
    ];
  },
};
