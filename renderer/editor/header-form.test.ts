import { describe, expect, it } from 'vitest';
import { defaultReportYear } from '../../shared/report/blank.ts';
import { parseYear } from './HeaderForm.tsx';

describe('报告年度', () => {
  it('接受四位年份、全角数字和“年”字', () => {
    expect(parseYear('2025')).toBe(2025);
    expect(parseYear('２０２５')).toBe(2025);
    expect(parseYear(' 2025年 ')).toBe(2025);
  });

  it('拒绝不完整或不合理的年份', () => {
    expect(parseYear('202')).toBeNull();
    expect(parseYear('1999')).toBeNull();
    expect(parseYear('二〇二五')).toBeNull();
  });

  it('上半年默认写上一年度的报告', () => {
    expect(defaultReportYear(new Date(2026, 0, 10))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 10, 23))).toBe(2026);
    expect(defaultReportYear(new Date(2026, 5, 30))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 6, 1))).toBe(2026);
  });
});
