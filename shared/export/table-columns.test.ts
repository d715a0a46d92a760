import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { CELL_PAD, TEXT_WIDTH } from './layout.ts';
import { buildDocModel, coveredGrid, type DocTable } from './model.ts';
import { BORDER, cellLines, measureCells, spanWidth, valueColumnsOf, type TextMeasure } from './table-columns.ts';
import { fitTable, tableMetrics } from './table-fit.ts';

/** Square CJK glyphs, half-width digits and Latin: close to the real fonts. */
const measure: TextMeasure = { textWidth: (_r, text, size) => [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1) * size, 0) };

function table(id: DocTable['id'], edit?: (r: ReturnType<typeof sampleReport>) => void): DocTable {
  const r = sampleReport();
  edit?.(r);
  const b = buildDocModel(r).blocks.find((x) => x.type === 'table' && x.table.id === id);
  if (b?.type !== 'table') throw new Error(id);
  return b.table;
}

/** Each origin label cell with the lines it takes and whether its last line is one lone character. */
function labelLines(t: DocTable) {
  const m = tableMetrics(t, 10.5, measure)!;
  const cells = measureCells(coveredGrid(t), m.size, measure);
  return { m, labels: cells.filter((c) => !c.value).map((c) => ({ text: c.text, ...cellLines(c, spanWidth(m.widths, c.col, c.colSpan)) })) };
}

describe('table columns from the content', () => {
  it('fill the text width exactly, every column at least as wide as its widest number', () => {
    for (const id of ['sec2', 'sec3', 'sec4'] as const) {
      const t = table(id);
      const m = tableMetrics(t, 10.5, measure)!;
      expect(m.widths.reduce((a, b) => a + b, 0) + t.columns * 2 * CELL_PAD.x + (t.columns + 1) * BORDER).toBeCloseTo(TEXT_WIDTH, 3);
      const cells = measureCells(m.grid, m.size, measure);
      for (const c of cells.filter((x) => x.value)) expect(spanWidth(m.widths, c.col, c.colSpan), `${id} ${c.text}`).toBeGreaterThanOrEqual(c.min - 0.01);
    }
  });

  it('leave no label of table 三 with one lone character on its last line; 自然人 on one line', () => {
    const { labels } = labelLines(table('sec3'));
    expect(labels.filter((l) => l.orphan).map((l) => l.text)).toEqual([]);
    expect(labels.find((l) => l.text === '自然人')!.lines).toBe(1);
    expect(labels.find((l) => l.text === '2.其他法律行政法规禁止公开')!.lines).toBe(1);
  });

  it('give the vertical 三、本年度办理结果 one character, and the value columns one even width', () => {
    const t = table('sec3');
    const m = tableMetrics(t, 10.5, measure)!;
    expect(m.widths[0]).toBeLessThan(10.5 * 1.2);
    const valueCols = valueColumnsOf(measureCells(m.grid, 10.5, measure), t.columns);
    expect(valueCols).toEqual([false, false, false, true, true, true, true, true, true, true]);
    // 自然人 may take a character more; the others share one width.
    const rest = m.widths.slice(4);
    expect(Math.max(...rest) - Math.min(...rest)).toBeLessThan(0.1);
  });

  it('widen only the column of a long number, stepping the size down before the table leaves the text width', () => {
    const t = table('sec4', (r) => {
      r.autoTotals = { sec3: false, sec4: false };
      r.cells['sec4[2]'] = { raw: '1234567', value: 1234567 };
    });
    const m = fitTable(t, measure);
    expect(m.size).toBe(10.5);
    expect(m.overhang).toBe(0);
    expect(m.widths[2]).toBeGreaterThanOrEqual(3.5 * 10.5 + 1);
    expect(m.widths[0]).toBeLessThan(m.widths[2]!);
    const all = table('sec4', (r) => {
      r.autoTotals = { sec3: false, sec4: false };
      for (let i = 0; i < 15; i++) r.cells[`sec4[${i}]`] = { raw: '123456', value: 123456 };
    });
    const small = fitTable(all, measure);
    expect(small.size).toBeLessThan(10.5);
    expect(tableMetrics(all, 10.5, measure)).toBeNull();
  });

  it('refuses with the table and the number named when nothing fits', () => {
    const t = table('sec4', (r) => {
      r.autoTotals = { sec3: false, sec4: false };
      for (let i = 0; i < 15; i++) r.cells[`sec4[${i}]`] = { raw: '1234567890', value: 1234567890 };
    });
    expect(() => fitTable(t, measure)).toThrow(/第四部分的表格中的数字太长（如“1234567890”）/);
  });
});
