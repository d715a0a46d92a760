/**
 * Before export (docs/format.md §4.7): the official tables print 0, never blank, so every empty cell must be filled or confirmed —
 * the rows a 2019-format source did not have included (they would print blank otherwise).
 */
import { ALL_CELLS, TABLES, type TableId } from '../schema/index.ts';
import type { Finding, Rule } from './finding.ts';
import { isBlank, isComputed } from './quote.ts';

export const emptyCells: Rule = {
  id: 'empty-cells',
  severity: 'warning',
  title: '导出前：未填写的单元格需填 0 或确认按 0 打印',
  check({ report, stage }) {
    if (stage !== 'final' || report.confirmedZero) return [];
    const byTable = new Map<TableId, string[]>();
    for (const def of ALL_CELLS) {
      // A computed 总计 is blank only while its parts are: counted there, as the 问题 panel counts.
      if (!isBlank(report, def.address) || isComputed(report, def.address)) continue;
      const list = byTable.get(def.table) ?? [];
      list.push(def.address);
      byTable.set(def.table, list);
    }
    return [...byTable].map(([table, cells]) => ({
      rule: this.id,
      severity: this.severity,
      cells,
      message: `${TABLES[table].name}有 ${cells.length} 个单元格未填写：正式表格不留空白，没有的请填 0，或确认按 0 打印`,
    })) satisfies Finding[];
  },
};
