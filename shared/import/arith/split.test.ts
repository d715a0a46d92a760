import { describe, expect, it } from 'vitest';
import { splitRow, sumOf, type Slot } from './split.ts';

const run = (digits: string) => ({ digits, splittable: digits.length > 1 });
const rowSum = (v: readonly Slot[]) => v.length < 7 || sumOf(v.slice(0, 6)) === v[6];

describe('splitRow: a run of digits cut into the row’s cells', () => {
  it('no cell is printed with a leading zero: 「0097」 in three cells is only 0、0、97', () => {
    expect(splitRow([run('0097')], 3).readings).toEqual([[0, 0, 97]]);
  });

  it('as many digits as cells: one digit a cell', () => {
    expect(splitRow([run('3000003')], 7).readings).toEqual([[3, 0, 0, 0, 0, 0, 3]]);
  });

  it('the row total keeps the readings that add up: 「1951014210231」 → 195、1、0、14、21、0、231', () => {
    const { readings } = splitRow([run('1951014210231')], 7, rowSum);
    expect(readings).toContainEqual([195, 1, 0, 14, 21, 0, 231]);
    expect(readings.every((r) => sumOf(r.slice(0, 6)) === r[6])).toBe(true);
  });

  it('fewer digits than cells (a blank cell in the run): no reading at all', () => {
    expect(splitRow([run('100001')], 7)).toEqual({ readings: [], tooMany: false });
  });

  it('a blank token is one empty cell, and separated numbers stay whole', () => {
    expect(splitRow([{ blank: true }, { digits: '5', splittable: false }, run('12')], 4).readings).toEqual([[null, 5, 1, 2]]);
  });

  it('a run of two hundred digits cannot be seven cells of at most seven digits: answered at once, empty', () => {
    expect(splitRow([run('123456789'.repeat(22).slice(0, 200))], 7)).toEqual({ readings: [], tooMany: false });
  });

  it('a run with more readings than may be listed is given up, not walked to the end', () => {
    const r = splitRow([run('123456789'.repeat(5))], 15);
    expect(r.tooMany).toBe(true);
    expect(r.readings.length).toBeLessThanOrEqual(20_000);
  });

  it('a prefix refused early is not walked further (table 四’s group total)', () => {
    const group = (v: readonly Slot[]) => v.length !== 5 || sumOf(v.slice(0, 4)) === v[4];
    expect(splitRow([run('10200120100100000')], 15, (p) => group(p.slice(0, 5)) && (p.length < 10 || group(p.slice(5, 10))) && (p.length < 15 || group(p.slice(10, 15)))).readings).toEqual([
      [10, 2, 0, 0, 12, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0],
    ]);
  });
});
