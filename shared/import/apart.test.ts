import { describe, expect, it } from 'vitest';
import { importTruth, tabReport } from '../../test/fixtures/import-truth.ts';
import type { Report } from '../report/model.ts';
import { sec3Address, SEC3_ROWS } from '../schema/index.ts';
import { cellFromNumber } from '../values/parse.ts';
import { importText } from './index.ts';

/** The made-up report with a different number in each （六）其他处理 row, so a shifted line shows. */
function truth(): Report {
  const r = importTruth();
  for (const k of [1, 2, 3]) for (let c = 0; c < 7; c++) r.cells[sec3Address(`other_${k}` as 'other_1', c)] = cellFromNumber(c === 0 || c === 6 ? k : 0);
  return r;
}

/** Table 三's （六）其他处理 group printed as PDF text does: the three labels, then three lines of numbers. */
function apart(lines: string[]): string {
  return tabReport((t) => {
    const at = t.sec3.findIndex((l) => l.includes('（六）其他处理'));
    t.sec3.splice(at, 3, '（六）其他处理', ...SEC3_ROWS.filter((r) => r.key.startsWith('other_')).map((r) => r.label), ...lines);
  }, truth());
}

const other = (k: 1 | 2 | 3, report = truth()) => [0, 1, 2, 3, 4, 5, 6].map((c) => report.cells[sec3Address(`other_${k}`, c)]?.value ?? null);

describe('行名与数字分开印刷（PDF 转文本）', () => {
  it('三个行名之后三行数字：按顺序对应，不标记', () => {
    const line = (k: 1 | 2 | 3) => other(k).join(' ');
    const { report, flags } = importText(apart([line(1), line(2), line(3)]));
    expect(other(2)).toEqual([2, 0, 0, 0, 0, 0, 2]);
    for (const k of [1, 2, 3] as const) expect(other(k, report)).toEqual(other(k));
    expect(flags.some((f) => f.cell?.includes('other_'))).toBe(false);
  });

  it('少了一行数字（错行）：这一组每一行都标记，没有一格不声不响地错', () => {
    const t = truth();
    const line = (k: 1 | 2 | 3) => other(k, t).join(' ');
    const { report, flags } = importText(apart([line(2), line(3)]));
    for (const k of [1, 2, 3] as const) {
      for (let c = 0; c < 7; c++) {
        const a = sec3Address(`other_${k}`, c);
        const right = (report.cells[a]?.value ?? null) === (t.cells[a]?.value ?? null);
        expect(right || flags.some((f) => f.cell === a)).toBe(true);
      }
    }
    expect(flags.filter((f) => f.cell?.includes('other_1') && f.reason.includes('可能错行'))).toHaveLength(7);
  });
});
