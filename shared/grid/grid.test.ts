import { describe, expect, it } from 'vitest';
import { SEC3_ROW_KEYS, sec2Address, sec3Address, sec4Address } from '../schema/index.ts';
import { blankReport } from '../report/blank.ts';
import { computedAddresses } from '../report/totals.ts';
import { cellFromNumber } from '../values/parse.ts';
import { lastYearHints } from './hints.ts';
import { cellFromInput } from './input.ts';
import { LAYOUT, placeOf } from './layout.ts';
import { enterAfterTabs, moveFrom, rangeAddresses, rangeRows, tabFrom } from './navigation.ts';
import { pasteNotice, planFillDown, planPaste, stripLabels } from './paste.ts';

describe('表格布局', () => {
  it('三张表的值单元格按行排列', () => {
    expect(LAYOUT.sec3).toHaveLength(SEC3_ROW_KEYS.length);
    expect(LAYOUT.sec3.every((r) => r.length === 7)).toBe(true);
    expect(LAYOUT.sec4).toHaveLength(1);
    expect(LAYOUT.sec4[0]).toHaveLength(15);
    expect(LAYOUT.sec2.map((r) => r.length)).toEqual([3, 3, 1, 1, 1, 1]);
  });

  it('合并的行标题之后，表三数据列从同一网格列开始', () => {
    const starts = new Set(LAYOUT.sec3.map((r) => r[0]!.colStart));
    expect([...starts]).toEqual([3]);
  });
});

describe('键盘移动', () => {
  const a = sec3Address('granted', 0);
  it('方向键在表内移动，到边停住', () => {
    expect(moveFrom(a, 'right')).toBe(sec3Address('granted', 1));
    expect(moveFrom(a, 'down')).toBe(sec3Address('partlyGranted', 0));
    expect(moveFrom(a, 'left')).toBe(a);
    expect(moveFrom(sec3Address('newReceived', 3), 'up')).toBe(sec3Address('newReceived', 3));
  });

  it('Tab 逐行前进，表尾返回 null 以便离开表格', () => {
    expect(moveFrom(sec3Address('granted', 6), 'next')).toBe(sec3Address('partlyGranted', 0));
    expect(moveFrom(sec3Address('partlyGranted', 0), 'prev')).toBe(sec3Address('granted', 6));
    expect(moveFrom(sec3Address('carriedForward', 6), 'next')).toBeNull();
    expect(moveFrom(sec3Address('newReceived', 0), 'prev')).toBeNull();
  });

  it('Tab 跳过自动计算的总计；连续 Tab 后回车回到开始的那一列', () => {
    const computed = computedAddresses({ autoTotals: { sec3: true, sec4: true } });
    const skip = (x: string) => computed.has(x);
    expect(tabFrom(sec3Address('granted', 5), false, skip)).toBe(sec3Address('partlyGranted', 0));
    expect(tabFrom(sec3Address('partlyGranted', 0), true, skip)).toBe(sec3Address('granted', 5));
    expect(tabFrom(sec3Address('granted', 5), false, () => false)).toBe(sec3Address('granted', 6));
    expect(enterAfterTabs(sec3Address('granted', 4), sec3Address('granted', 1))).toBe(sec3Address('partlyGranted', 1));
    expect(enterAfterTabs(sec3Address('carriedForward', 4), sec3Address('carriedForward', 1))).toBe(sec3Address('carriedForward', 4));
  });

  it('表二上下移动落到覆盖同一列的单元格', () => {
    expect(moveFrom(sec2Address('normativeDocs', 'effective'), 'down')).toBe(sec2Address('licensing'));
    expect(moveFrom(sec2Address('licensing'), 'up')).toBe(sec2Address('normativeDocs', 'issued'));
  });

  it('选区是矩形', () => {
    const r = rangeAddresses(sec3Address('granted', 1), sec3Address('newReceived', 0));
    expect(r).toEqual([
      sec3Address('newReceived', 0),
      sec3Address('newReceived', 1),
      sec3Address('carriedOver', 0),
      sec3Address('carriedOver', 1),
      sec3Address('granted', 0),
      sec3Address('granted', 1),
    ]);
    expect(rangeRows(sec4Address(0), sec4Address(2))).toEqual([[sec4Address(0), sec4Address(1), sec4Address(2)]]);
  });
});

describe('粘贴', () => {
  const computed = computedAddresses({ autoTotals: { sec3: true, sec4: true } });

  it('25×7 的块填满表三，跳过自动计算的总计', () => {
    const block = SEC3_ROW_KEYS.map((_, r) => Array.from({ length: 7 }, (_, c) => String(r * 10 + c)));
    const plan = planPaste(sec3Address('newReceived', 0), block, computed);
    expect(plan.cutRows).toBe(0);
    expect(plan.cutCols).toBe(0);
    // 25 row totals + 6 more in the （七）总计 row are computed.
    expect(plan.skippedComputed).toHaveLength(25 + 6);
    expect(plan.writes).toHaveLength(25 * 7 - 31);
    expect(plan.writes[0]).toEqual({ address: sec3Address('newReceived', 0), text: '0' });
    expect(pasteNotice(plan)).toBe('总计由系统自动计算，粘贴时跳过了 31 个总计单元格。');
  });

  it('超出表格的部分被截去并说明', () => {
    const plan = planPaste(sec3Address('carriedForward', 5), [['1', '2', '3'], ['4']], new Set());
    expect(plan.writes).toEqual([
      { address: sec3Address('carriedForward', 5), text: '1' },
      { address: sec3Address('carriedForward', 6), text: '2' },
    ]);
    expect(plan.cutRows).toBe(1);
    expect(plan.cutCols).toBe(1);
    expect(pasteNotice(plan)).toBe('粘贴的内容超出表格范围，多出的 1 行、1 列未粘贴。');
  });

  it('带行标题和表头复制的块：去掉标题，数字对齐', () => {
    const block = [
      ['申请人情况', '', '自然人', '商业企业'],
      ['一、本年新收政府信息公开申请数量', '', '12', '3'],
      ['二、上年结转', '', '０', '/'],
      ['三、本年度办理结果', '（一）予以公开', '5', ''],
    ];
    const s = stripLabels(block);
    expect(s.headerRows).toBe(1);
    expect(s.labelCols).toBe(2);
    expect(s.block).toEqual([['12', '3'], ['０', '/'], ['5', '']]);
    expect(pasteNotice({ writes: [], skippedComputed: ['x'], cutRows: 0, cutCols: 0 }, s)).toBe(
      '复制的内容带有 2 列行标题和 1 行表头，已去掉，只粘贴数字；总计由系统自动计算，粘贴时跳过了 1 个总计单元格。',
    );
    // Numbers only, or text only: left as copied.
    expect(stripLabels([['1', '2'], ['', '3']])).toEqual({ block: [['1', '2'], ['', '3']], labelCols: 0, headerRows: 0 });
    expect(stripLabels([['予以公开']]).labelCols).toBe(0);
  });

  it('单个值粘贴到选区时填满选区', () => {
    const sel = rangeAddresses(sec4Address(0), sec4Address(3));
    const plan = planPaste(sec4Address(0), [['0']], new Set(), sel);
    expect(plan.writes.map((w) => w.address)).toEqual(sel);
  });

  it('Ctrl+D 向下填充', () => {
    const values: Record<string, string> = { [sec3Address('granted', 0)]: '7', [sec3Address('granted', 1)]: '8' };
    const writes = planFillDown(sec3Address('granted', 0), sec3Address('denied_2', 1), (a) => values[a] ?? '', new Set());
    expect(writes).toHaveLength(6);
    expect(writes.every((w) => w.text === (placeOf(w.address)!.col === 0 ? '7' : '8'))).toBe(true);
    const single = planFillDown(sec3Address('partlyGranted', 0), sec3Address('partlyGranted', 0), (a) => values[a] ?? '', new Set());
    expect(single).toEqual([{ address: sec3Address('partlyGranted', 0), text: '7' }]);
  });
});

describe('输入取值', () => {
  it('全角数字和千分位存为半角数字', () => {
    expect(cellFromInput(sec3Address('granted', 0), '１２')).toEqual({ raw: '12', value: 12 });
    expect(cellFromInput(sec3Address('granted', 0), ' 1,234 ')).toEqual({ raw: '1234', value: 1234 });
    expect(cellFromInput(sec3Address('granted', 0), '　')).toEqual({ raw: '', value: null });
    expect(cellFromInput(sec3Address('granted', 0), '1.5')).toEqual({ raw: '1.5', value: 1.5 });
    expect(cellFromInput(sec2Address('fees'), '０．５')).toEqual({ raw: '0.5', value: 0.5 });
  });
});

describe('上年数据提示', () => {
  it('上年结转和现行有效', () => {
    const r = blankReport({ unit: '示例镇', kind: 'township', year: 2025 });
    r.lastYear = { year: 2024, carriedForward: [3, null, 0, 0, 0, 0, 3], effective: { rules: null, normativeDocs: 10 } };
    r.cells[sec2Address('normativeDocs', 'issued')] = cellFromNumber(4);
    r.cells[sec2Address('normativeDocs', 'repealed')] = cellFromNumber(1);
    const h = lastYearHints(r);
    expect(h[sec3Address('carriedOver', 0)]?.value).toBe(3);
    expect(h[sec3Address('carriedOver', 1)]).toBeUndefined();
    expect(h[sec2Address('normativeDocs', 'effective')]?.value).toBe(13);
    expect(h[sec2Address('rules', 'effective')]).toBeUndefined();
  });
});
