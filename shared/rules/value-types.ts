/** docs/format.md §4.2: counts are non-negative integers, the fee a non-negative number of 万元; "/" and notes are not numbers. */
import { ALL_CELLS } from '../schema/index.ts';
import { parsedCell } from '../report/cells.ts';
import type { Finding, Rule } from './finding.ts';

export const valueTypes: Rule = {
  id: 'value-types',
  severity: 'error',
  title: '件数为非负整数，收费金额为以万元计的非负数；“/”“-”和文字说明不是数字',
  check({ report }) {
    const out: Finding[] = [];
    for (const def of ALL_CELLS) {
      if (report.cells[def.address] === undefined) continue;
      const p = parsedCell(report, def.address);
      if (p.state !== 'invalid') continue;
      out.push({ rule: this.id, severity: this.severity, cells: [def.address], message: `${def.label}：${p.problem}` });
    }
    return out;
  },
};
