import { describe, expect, it } from 'vitest';
import { reportSchema } from '../file/format.ts';
import { blankReport, defaultReportYear } from './blank.ts';
import { MAX_YEAR, MIN_YEAR, parseYear } from './year.ts';

describe('report years', () => {
  it('reads what a clerk types', () => {
    expect(parseYear('2025')).toBe(2025);
    expect(parseYear(' ２０２５年 ')).toBe(2025);
    expect(parseYear('25')).toBeNull();
    expect(parseYear('20255')).toBeNull();
    expect(parseYear('二〇二五')).toBeNull();
    expect(parseYear(String(MIN_YEAR - 1))).toBeNull();
    expect(parseYear(String(MAX_YEAR + 1))).toBeNull();
    expect(parseYear(String(MAX_YEAR))).toBe(MAX_YEAR);
  });

  it('the file format accepts exactly the same range', () => {
    const ok = (year: number) => reportSchema.safeParse(blankReport({ unit: '甲', kind: 'township', year })).success;
    expect([MIN_YEAR - 1, MIN_YEAR, MAX_YEAR, MAX_YEAR + 1].map(ok)).toEqual([false, true, true, false]);
  });

  it('before July the default is last year’s report', () => {
    expect(defaultReportYear(new Date(2026, 0, 10))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 5, 30))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 6, 1))).toBe(2026);
  });
});
