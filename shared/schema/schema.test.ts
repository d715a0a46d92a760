import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_CELLS, SECTIONS, TABLES, cellDef, sectionHeading, type TableDef } from './index.ts';
import { CORPUS } from '../../test/fixtures/corpus.ts';
import { placeCells } from './spans.ts';

/** How many grid columns each row of a table covers, once its merges are placed. */
function layout(table: TableDef): number[] {
  const taken: Set<number>[] = table.rows.map(() => new Set());
  for (const { cell, row, col } of placeCells(table.rows.map((r) => r.cells)).flat()) {
    const rowSpan = cell.type === 'label' ? cell.rowSpan : 1;
    for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) taken[row + dr]?.add(col + dc);
  }
  return taken.map((cols) => cols.size);
}

describe('法定格式（国办公开办函〔2021〕30号）', () => {
  it('六个部分，标题与格式一致', () => {
    expect(SECTIONS.map(sectionHeading)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('表二 10 格、表三 25 行 × 7 列 = 175 格、表四 15 格，地址唯一', () => {
    const count = (t: string) => ALL_CELLS.filter((c) => c.table === t).length;
    expect([count('sec2'), count('sec3'), count('sec4')]).toEqual([10, 175, 15]);
    expect(new Set(ALL_CELLS.map((c) => c.address)).size).toBe(200);
  });

  it('每张表的合并单元格恰好铺满网格', () => {
    for (const t of Object.values(TABLES)) {
      expect(layout(t).every((w) => w === t.columns), t.id).toBe(true);
      expect(t.columnWidths).toHaveLength(t.columns);
    }
  });

  it('表三表头：勾稽关系说明占 3 列 3 行，自然人与总计纵跨两行', () => {
    const [a, b, c] = TABLES.sec3.rows;
    expect(a!.cells[0]).toMatchObject({ text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', colSpan: 3, rowSpan: 3 });
    expect(a!.cells[1]).toMatchObject({ text: '申请人情况', colSpan: 7 });
    expect(b!.cells.map((x) => (x.type === 'label' ? [x.text, x.rowSpan, x.colSpan] : null))).toEqual([
      ['自然人', 2, 1],
      ['法人或其他组织', 1, 5],
      ['总计', 2, 1],
    ]);
    expect(c!.cells.map((x) => (x.type === 'label' ? x.text : ''))).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  });

  it('表三“三、本年度办理结果”纵跨 22 行，（三）不予公开纵跨 8 行', () => {
    const labels = TABLES.sec3.rows.flatMap((r) => r.cells).filter((c) => c.type === 'label');
    expect(labels.find((l) => l.text === '三、本年度办理结果')).toMatchObject({ rowSpan: 22, vertical: true });
    expect(labels.find((l) => l.text === '（三）不予公开')).toMatchObject({ rowSpan: 8 });
    expect(labels.find((l) => l.text === '（六）其他处理')).toMatchObject({ rowSpan: 3 });
    expect(labels.find((l) => l.text === '四、结转下年度继续办理')).toMatchObject({ colSpan: 3 });
  });

  it('表四：行政复议 5 列、行政诉讼 10 列，结果列纵跨两行', () => {
    const [a, b] = TABLES.sec4.rows;
    expect(a!.cells).toMatchObject([{ text: '行政复议', colSpan: 5 }, { text: '行政诉讼', colSpan: 10 }]);
    expect(b!.cells.slice(0, 5).every((c) => c.type === 'label' && c.rowSpan === 2)).toBe(true);
  });

  it('地址与语料的 facts JSON 一一对应', () => {
    const facts = JSON.parse(readFileSync(`${CORPUS}/000_5087c93da9e13ba9.expected.json`, 'utf8'));
    const addresses = [
      ...Object.entries(facts.sec2).flatMap(([k, v]) =>
        typeof v === 'object' && v ? Object.keys(v).map((f) => `sec2.${k}.${f}`) : [`sec2.${k}`],
      ),
      ...Object.entries(facts.sec3.rows).flatMap(([k, v]) => (v as number[]).map((_, i) => `sec3.rows.${k}[${i}]`)),
      ...facts.sec4.map((_: number, i: number) => `sec4[${i}]`),
    ];
    expect(addresses).toEqual(ALL_CELLS.map((c) => c.address));
    expect(cellDef('sec2.fees')).toMatchObject({ kind: 'fee', label: '表二 行政事业性收费 本年收费金额（单位：万元）' });
    expect(cellDef('sec3.rows.granted[6]')).toMatchObject({ isTotal: true, label: '表三（一）予以公开 · 总计' });
    expect(cellDef('sec4[4]')).toMatchObject({ isTotal: true, label: '表四行政复议 · 总计' });
  });
});
