/**
 * The source used the 2019 trial format (docs/format.md §4.11): table 二 with 本年新制作数量/本年新公开数量/
 * 对外公开总数量 (and 政府集中采购), or one （六）其他处理 row where the 2021 format has three sub-rows. The import's
 * cell flags say which of the two the source had; the finding names it.
 */
import { sec2Address, sec3Address } from '../schema/index.ts';
import type { Finding, Rule } from './finding.ts';

const OTHER_CELLS = [1, 2, 3].map((n) => sec3Address(`other_${n as 1 | 2 | 3}`, 6));
const SEC2_CELLS = (['rules', 'normativeDocs'] as const).flatMap((k) => (['issued', 'repealed', 'effective'] as const).map((f) => sec2Address(k, f)));

export const legacyFormat: Rule = {
  id: 'legacy-format-2019',
  severity: 'warning',
  title: '表格应使用2021年格式（国办公开办函〔2021〕30号），不再使用2019年试行格式',
  check({ report }) {
    if (!report.meta.legacyFormat2019) return [];
    const flags = report.meta.flags ?? [];
    const sec2 = flags.some((f) => f.cell.startsWith('sec2.') && f.reason.includes('2019年试行格式'));
    const other = flags.some((f) => f.cell.startsWith('sec3.rows.other_') && f.reason.includes('2019年试行格式'));
    const out: Finding[] = [];
    const finding = (cells: string[], message: string) => out.push({ rule: this.id, severity: this.severity, cells, message });
    if (sec2) {
      finding(
        SEC2_CELLS,
        '原表第二部分的表格使用2019年试行格式（本年新制作数量、本年新公开数量、对外公开总数量，第（九）项政府集中采购）；2021年格式为本年制发件数、本年废止件数、现行有效件数，请按新格式填写',
      );
    }
    if (other || !sec2) {
      finding(
        OTHER_CELLS,
        '原表使用2019年试行格式（“（六）其他处理”只有一行）；2021年格式分为 1.逾期不补正、2.逾期未缴费、3.其他 三行，请按新格式分项填写',
      );
    }
    return out;
  },
};
