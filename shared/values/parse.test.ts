import { describe, expect, it } from 'vitest';
import { cellFromText, formatNumber, normalizeNumberText, parseCellText } from './parse.ts';

describe('单元格取值', () => {
  it('全角数字、千分位和空格归一为数字', () => {
    expect(normalizeNumberText('１２３')).toBe('123');
    expect(normalizeNumberText('1,234')).toBe('1234');
    expect(normalizeNumberText('1，234，567')).toBe('1234567');
    expect(normalizeNumberText(' 12 ')).toBe('12');
    expect(parseCellText('３５，７１２', 'count')).toEqual({ state: 'number', value: 35712 });
    expect(parseCellText('５１０７．７５７４', 'fee')).toEqual({ state: 'number', value: 5107.7574 });
  });

  it('空白是“未填”，不是 0', () => {
    expect(parseCellText('', 'count')).toEqual({ state: 'empty' });
    expect(parseCellText('  ', 'count')).toEqual({ state: 'empty' });
    expect(cellFromText('', 'count')).toEqual({ raw: '', value: null });
  });

  it('“/”“-”不是数字', () => {
    for (const t of ['/', '-', '—', '无']) {
      const p = parseCellText(t, 'count');
      expect(p.state).toBe('invalid');
      if (p.state === 'invalid') expect(p.problem).toContain('不是数字');
    }
  });

  it('件数必须是非负整数', () => {
    const dec = parseCellText('1.5', 'count');
    expect(dec).toMatchObject({ state: 'invalid', value: 1.5 });
    if (dec.state === 'invalid') expect(dec.problem).toContain('整数');
    const neg = parseCellText('-3', 'count');
    expect(neg).toMatchObject({ state: 'invalid', value: -3 });
    if (neg.state === 'invalid') expect(neg.problem).toContain('负数');
    expect(parseCellText('3.0', 'count')).toEqual({ state: 'number', value: 3 });
  });

  it('收费金额最多 6 位小数', () => {
    expect(parseCellText('24252.311082', 'fee')).toEqual({ state: 'number', value: 24252.311082 });
    expect(parseCellText('1.1234567', 'fee').state).toBe('invalid');
  });

  it('带说明的数字保留原文与数字，并指出说明文字', () => {
    const p = parseCellText('22（其中修订16件）', 'count');
    expect(p).toMatchObject({ state: 'invalid', value: 22 });
    if (p.state === 'invalid') expect(p.problem).toContain('（其中修订16件）');
    expect(cellFromText('22（其中修订16件）', 'count')).toEqual({ raw: '22（其中修订16件）', value: 22 });
  });

  it('数字输出不带浮点噪声', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(7545)).toBe('7545');
  });
});
