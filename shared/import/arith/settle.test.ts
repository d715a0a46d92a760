import { describe, expect, it } from 'vitest';
import { settle, type Equation } from './settle.ts';

// a + b = t in every column.
const EQ: Equation[] = [{ terms: [{ row: 'a', sign: 1 }, { row: 'b', sign: 1 }, { row: 't', sign: -1 }] }];

describe('settle: glued rows settled by the column equations', () => {
  it('the other rows’ values leave one reading', () => {
    const r = settle(new Map([['a', [[1, 12], [11, 2]]], ['b', [[0, 1]]], ['t', [[11, 3]]]]), EQ, 2);
    expect(r.readings.get('a')).toEqual([[11, 2]]);
    expect(r.unchecked.size).toBe(0);
  });

  it('two glued rows that fit each other either way keep both readings, reported unchecked', () => {
    const r = settle(new Map([['a', [[1, 12], [11, 2]]], ['b', [[0, 0]]], ['t', [[1, 12], [11, 2]]]]), EQ, 2);
    expect(r.readings.get('a')).toHaveLength(2);
    expect(r.unchecked.get('a')?.size).toBeGreaterThan(0);
  });

  it('an equation no reading satisfies (the report is wrong) prunes nothing and is reported', () => {
    const r = settle(new Map([['a', [[1, 12], [11, 2]]], ['b', [[0, 0]]], ['t', [[50, 50]]]]), EQ, 2);
    expect(r.readings.get('a')).toHaveLength(2);
    expect([...r.unchecked.get('t')!]).toEqual([0, 1]);
  });

  it('a row not read at all leaves its equation unchecked, not pruning', () => {
    const r = settle(new Map([['a', [[1, 12], [11, 2]]], ['t', [[11, 3]]]]), EQ, 2);
    expect(r.readings.get('a')).toHaveLength(2);
  });
});
