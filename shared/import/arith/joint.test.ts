import { describe, expect, it } from 'vitest';
import { impliedBlank } from './blank-value.ts';
import { joint } from './joint.ts';
import type { Equation } from './settle.ts';

// a + b + c = t in every column.
const EQ: Equation[] = [{ terms: [{ row: 'a', sign: 1 }, { row: 'b', sign: 1 }, { row: 'c', sign: 1 }, { row: 't', sign: -1 }] }];

describe('joint: glued rows read together against every equation', () => {
  it('two rows that each fit column by column, but only one pair of readings fits every column at once', () => {
    // Column by column, a = 1|10 and b = 10|1 each fit; only the pairs (1,10)(10,1) hold in both columns.
    const start = new Map([
      ['a', [[1, 10], [10, 1]]],
      ['b', [[10, 1], [1, 10]]],
      ['c', [[0, 0]]],
      ['t', [[11, 11]]],
    ]);
    expect(joint(start, EQ, 2)!.readings.get('a')).toHaveLength(2);
    start.set('t', [[11, 11]]);
    start.set('c', [[0, 0]]);
    start.set('b', [[10, 1]]);
    expect(joint(start, EQ, 2)!.readings.get('a')).toEqual([[1, 10]]);
  });

  it('a blank cell is not checked in its column, but its reading holds in the others', () => {
    const start = new Map([
      ['a', [[1, 12], [11, 2]]],
      ['b', [[null, 1], [0, null]]],
      ['c', [[0, 0]]],
      ['t', [[11, 3]]],
    ]);
    const r = joint(start, EQ, 2)!;
    expect(r.readings.get('a')).toEqual([[11, 2]]);
    // Either place of b's blank leaves a = 11|2: where the blank is, the sums cannot tell.
    expect(r.readings.get('b')).toHaveLength(2);
  });

  it('no combination holds (the report is wrong): nothing is decided', () => {
    const start = new Map([['a', [[1, 12], [11, 2]]], ['b', [[0, 0]]], ['c', [[0, 0]]], ['t', [[50, 50]]]]);
    expect(joint(start, EQ, 2)).toBeNull();
  });
});

describe('空白格按本行合计代表的数', () => {
  it('总计减去其他各列；在总计列则为各列之和；为负的不是一种读法', () => {
    expect(impliedBlank([53, null, 0, 0, 0, 0, 53], 6)).toEqual([53, 0, 0, 0, 0, 0, 53]);
    expect(impliedBlank([5, 3, 0, 0, 0, 0, null], 6)).toEqual([5, 3, 0, 0, 0, 0, 8]);
    expect(impliedBlank([60, null, 0, 0, 0, 0, 53], 6)).toBeNull();
    expect(impliedBlank([null, null, 0, 0, 0, 0, 53], 6)).toEqual([null, null, 0, 0, 0, 0, 53]);
  });
});
