import { describe, expect, it } from 'vitest';
import { placeCells, spannedGrid } from './spans.ts';
import { TABLES } from './index.ts';

const c = (id: string, colSpan = 1, rowSpan = 1) => ({ id, colSpan, rowSpan });

describe('merged-cell walk', () => {
  it('skips the columns a rowSpan from above still covers', () => {
    const rows = [[c('a', 1, 2), c('b', 2)], [c('d'), c('e')]];
    expect(placeCells(rows).map((r) => r.map((p) => [p.cell.id, p.col]))).toEqual([
      [['a', 0], ['b', 1]],
      [['d', 1], ['e', 2]],
    ]);
    expect(spannedGrid(rows, 3).map((r) => r.map((x) => x?.id ?? null))).toEqual([
      ['a', 'b', null],
      [null, 'd', 'e'],
    ]);
  });

  it('refuses a grid with a hole or an overlap', () => {
    expect(() => spannedGrid([[c('a')], [c('b'), c('x')]], 2)).toThrow(/0,1 not covered/);
    expect(() => spannedGrid([[c('a', 2)]], 1)).toThrow(/outside/);
  });

  it('every statutory table fills its grid exactly', () => {
    for (const t of Object.values(TABLES)) {
      expect(() => spannedGrid(t.rows.map((r) => r.cells), t.columns, t.id)).not.toThrow();
    }
  });
});
