/** The source used the 2019 trial format (docs/format.md §4.11: e.g. one （六）其他处理 row); the 2021 format has three sub-rows. */
import { sec3Address } from '../schema/index.ts';
import type { Rule } from './finding.ts';

const CELLS = [1, 2, 3].map((n) => sec3Address(`other_${n as 1 | 2 | 3}`, 6));
export const legacyFormat: Rule = {
  id: 'legacy-format-2019',
  severity: 'warning',
  title: '表格应使用2021年格式（国办公开办函〔2021〕30号），不再使用2019年试行格式',
  check({ report }) {
    if (!report.meta.legacyFormat2019) return [];
    return [
      {
        rule: this.id,
        severity: this.severity,
        cells: CELLS,
        message:
          '原表使用2019年试行格式（“（六）其他处理”只有一行）；2021年格式分为 1.逾期不补正、2.逾期未缴费、3.其他 三行，请按新格式分项填写',
      },
    ];
  },
};
