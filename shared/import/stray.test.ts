import { describe, expect, it } from 'vitest';
import { importTruth, tabReport, tableFacts } from '../../test/fixtures/import-truth.ts';
import { importText } from './index.ts';

const strayFlags = (flags: { reason: string; cell?: string; source?: string }[]) => flags.filter((f) => f.reason.includes('找不到所属的行'));

describe('numbers that belong to no row are flagged, never dropped in silence', () => {
  it('a line of figures with no label between two rows of table 三', () => {
    const text = tabReport((t) => {
      const at = t.sec3.findIndex((l) => l.includes('（二）部分公开'));
      t.sec3.splice(at, 0, '\t\t\t7\t8\t9');
    });
    const { report, flags } = importText(text);
    expect(tableFacts(report)).toEqual(tableFacts(importTruth()));
    const stray = strayFlags(flags);
    expect(stray).toEqual([expect.objectContaining({ reason: expect.stringContaining('表三中有 3 个数字（7、8、9）找不到所属的行，未导入'), source: '\t\t\t7\t8\t9' })]);
    expect(stray[0]!.cell).toBeUndefined();
  });

  it('a row of table 二 with more cells than the format has: the extra number is flagged', () => {
    const text = tabReport((t) => {
      const at = t.sec2.findIndex((l) => l.startsWith('行政许可'));
      t.sec2[at] = `${t.sec2[at]}\t66`;
    });
    const { report, flags } = importText(text);
    expect(tableFacts(report)).toEqual(tableFacts(importTruth()));
    expect(strayFlags(flags)).toEqual([expect.objectContaining({ reason: expect.stringContaining('表二中有 1 个数字（66）') })]);
  });

  it('table 四 with a 16th number', () => {
    const text = tabReport((t) => (t.sec4[t.sec4.length - 1] = `${t.sec4[t.sec4.length - 1]}\t5`));
    const { report, flags } = importText(text);
    expect(tableFacts(report)).toEqual(tableFacts(importTruth()));
    expect(strayFlags(flags)).toEqual([expect.objectContaining({ reason: expect.stringContaining('表四中有 1 个数字（5）') })]);
  });

  it('a table as published gives no such flag', () => {
    expect(strayFlags(importText(tabReport(() => {})).flags)).toEqual([]);
  });
});
