import { describe, expect, it } from 'vitest';
import { blankReport } from './blank.ts';
import type { Report } from './model.ts';
import { sec2Address, sec3Address, sec4Address } from '../schema/index.ts';
import { cellFromNumber } from '../values/parse.ts';
import { besideLastYear, compareCell, figuresOf, keptFigures, signed, yearOnYearNotes } from './year-on-year.ts';
import { rollOver } from './rollover.ts';

function report(year: number, cells: Record<string, number>): Report {
  const r = blankReport({ unit: '示例县某局', kind: 'countyDept', year });
  for (const [a, v] of Object.entries(cells)) r.cells[a] = cellFromNumber(v);
  return r;
}

const licensing = sec2Address('licensing');
const newTotal = sec3Address('newReceived', 6);
const notesAgainst = (now: Report, last: Report) => yearOnYearNotes(now, figuresOf(last));

describe('yearOnYearNotes', () => {
  it('超过上年 5 倍、不到五分之一、上年过百本年为 0：提示，不是警告', () => {
    const notes = notesAgainst(
      report(2026, { [licensing]: 600, [newTotal]: 3, [sec4Address(0)]: 0 }),
      report(2025, { [licensing]: 100, [newTotal]: 20, [sec4Address(0)]: 150 }),
    );
    expect(notes.map((n) => [n.cells[0], n.severity])).toEqual([
      [licensing, 'note'],
      [newTotal, 'note'],
      [sec4Address(0), 'note'],
    ]);
    expect(notes[0]!.message).toContain('本年 600，上年（2025年）100，超过上年的 5 倍');
    expect(notes[1]!.message).toContain('不到上年的五分之一');
    expect(notes[2]!.message).toContain('本年为 0');
  });

  it('正好 5 倍、小数字之间的变化、上年不过百的 0、未填写：不提示', () => {
    const notes = notesAgainst(
      report(2026, { [licensing]: 500, [newTotal]: 9, [sec4Address(0)]: 0, [sec4Address(1)]: 50 }),
      report(2025, { [licensing]: 100, [newTotal]: 1, [sec4Address(0)]: 100 }),
    );
    expect(notes).toEqual([]);
  });

  it('表三只比较总计列，不因各类申请人列重复提示', () => {
    const notes = notesAgainst(
      report(2026, { [sec3Address('granted', 0)]: 60, [sec3Address('granted', 6)]: 60 }),
      report(2025, { [sec3Address('granted', 0)]: 10, [sec3Address('granted', 6)]: 10 }),
    );
    expect(notes.map((n) => n.cells[0])).toEqual([sec3Address('granted', 6)]);
  });
});

describe('compareCell', () => {
  it('上年数、增减和百分比；上年为 0 或未填时没有百分比', () => {
    expect(compareCell(15, 12)).toEqual({ last: 12, change: 3, percent: 25 });
    expect(compareCell(0.3, 0.5)).toEqual({ last: 0.5, change: -0.2, percent: -40 });
    expect(compareCell(4, 0)).toEqual({ last: 0, change: 4, percent: null });
    expect(compareCell(null, 7)).toEqual({ last: 7, change: null, percent: null });
    expect(compareCell(7, null)).toEqual({ last: null, change: null, percent: null });
  });

  it('带符号的增减', () => {
    expect([signed(3), signed(-12, '%'), signed(0)]).toEqual(['+3', '−12%', '0']);
  });
});

describe('与上年对比的单元格', () => {
  it('滚动生成的报告带着上年的数字：上年数、增减和百分比，本年未填或上年未填时照实说', () => {
    const natural = sec3Address('newReceived', 0);
    // Table 三 totals are computed from their parts: the 总计 column shows the sum, 40.
    const last = report(2025, { [licensing]: 12, [natural]: 40 });
    const now = rollOver(last);
    now.cells[licensing] = cellFromNumber(15);
    const figures = keptFigures(now)!;
    expect(figures.year).toBe(2025);
    expect(besideLastYear(now, figures, licensing)).toEqual({ last: '上年 12', change: '+3\u2009+25%', title: '2025年：12，增加 3（+25%）' });
    expect(besideLastYear(now, figures, natural)).toEqual({ last: '上年 40', change: '本年未填', title: '2025年：40' });
    expect(besideLastYear(now, figures, newTotal).last).toBe('上年 40');
    expect(besideLastYear(now, figures, sec4Address(3))).toEqual({ last: '', change: '', title: '2025年：未填' });
    now.cells[sec4Address(3)] = cellFromNumber(2);
    expect(besideLastYear(now, figures, sec4Address(3))).toMatchObject({ last: '上年未填', change: '' });
    expect(keptFigures(report(2026, {}))).toBeNull();
  });
});
