import { describe, expect, it } from 'vitest';
import { excelSerialDate, readDate } from './dates.ts';

const iso = (v: Parameters<typeof readDate>[0]) => {
  const r = readDate(v);
  return 'date' in r ? r.date.iso : 'problem' in r ? 'problem' : 'empty';
};

describe('台账中的日期', () => {
  it.each([
    ['2024-03-18', '2024-03-18'],
    ['2024/3/18', '2024-03-18'],
    ['2024年3月18日', '2024-03-18'],
    ['2024.3.18', '2024-03-18'],
    ['20240318', '2024-03-18'],
    ['２０２４－０３－１８', '2024-03-18'],
    ['2024 年 3 月 18 日', '2024-03-18'],
    ['2024-03-18 10:30:00', '2024-03-18'],
    ['2024/3/18 9:05', '2024-03-18'],
    ['2024年3月18日10时30分', '2024-03-18'],
    ['2024-03-18T08:00:00.000Z', '2024-03-18'],
    ['二〇二四年三月十八日', '2024-03-18'],
    ['二〇二四年十二月三十一日', '2024-12-31'],
    ['2024年3月', '2024-03'],
    ['45369', '2024-03-18'],
  ])('“%s” → %s', (text, expected) => expect(iso(text)).toBe(expected));

  it('Excel 日期单元格和序列号（1900 日期系统）', () => {
    expect(iso({ date: '2024-02-29' })).toBe('2024-02-29');
    expect(iso(45369)).toBe('2024-03-18');
    expect(iso(45657.75)).toBe('2024-12-31');
    expect(iso(20240318)).toBe('2024-03-18');
    expect(excelSerialDate(1)).toBeNull();
  });

  it.each(['3月18日', '24-3-18', '2024-02-30', '2024-13-01', '明年', '1899-01-01', '18/3/2024', '123'])('“%s” 不猜测', (text) => {
    expect(iso(text)).toBe('problem');
  });

  it('空单元格是空', () => {
    expect(iso(null)).toBe('empty');
    expect(iso('  ')).toBe('empty');
  });
});
