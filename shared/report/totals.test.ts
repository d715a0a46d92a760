import { describe, expect, it } from 'vitest';
import { checkReport } from '../rules/index.ts';
import { sec3Address, sec4Address } from '../schema/index.ts';
import { cellFromText } from '../values/parse.ts';
import { blankReport } from './blank.ts';
import { computedAddresses, withComputedTotals } from './totals.ts';

function report(entries: Record<string, string>) {
  const r = blankReport({ unit: '示例县石桥街道办事处', kind: 'township', year: 2026 });
  for (const [a, raw] of Object.entries(entries)) r.cells[a] = cellFromText(raw, 'count');
  return r;
}

describe('自动计算总计', () => {
  it('表三每行总计、每列（七）总计与表四各组总计由各项相加', () => {
    const r = report({
      [sec3Address('granted', 0)]: '3',
      [sec3Address('granted', 1)]: '2',
      [sec3Address('unable_1', 0)]: '1',
      [sec4Address(0)]: '1',
      [sec4Address(3)]: '2',
    });
    const cells = withComputedTotals(r);
    expect(cells[sec3Address('granted', 6)]).toEqual({ raw: '5', value: 5 });
    expect(cells[sec3Address('total', 0)]).toEqual({ raw: '4', value: 4 });
    expect(cells[sec3Address('total', 6)]).toEqual({ raw: '6', value: 6 });
    expect(cells[sec4Address(4)]).toEqual({ raw: '3', value: 3 });
  });

  it('各项都未填时总计也留空', () => {
    const cells = withComputedTotals(report({}));
    expect(cells[sec3Address('denied_1', 6)]).toEqual({ raw: '', value: null });
  });

  it('填错的数（负数、小数）只在原单元格报错，不计入总计', () => {
    const r = report({ [sec3Address('granted', 0)]: '-1', [sec3Address('granted', 1)]: '1.5', [sec3Address('granted', 2)]: '2' });
    r.cells = withComputedTotals(r);
    expect(r.cells[sec3Address('granted', 6)]).toEqual({ raw: '2', value: 2 });
    const cells = checkReport(r).filter((f) => f.rule === 'value-types').flatMap((f) => f.cells);
    expect(cells).toEqual([sec3Address('granted', 0), sec3Address('granted', 1)]);
  });

  it('切换为手工填写后总计不再自动计算', () => {
    expect(computedAddresses({ autoTotals: { sec3: true, sec4: false } }).has(sec4Address(4))).toBe(false);
    expect(computedAddresses({ autoTotals: { sec3: true, sec4: true } }).size).toBe(25 + 6 + 3);
  });
});
