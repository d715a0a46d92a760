import { describe, expect, it } from 'vitest';
import { replaceLine, tabReport } from '../../../test/fixtures/import-truth.ts';
import { importText } from '../index.ts';

describe('各种拆分都相同的格照读，其余格留给经办人', () => {
  it('“0312” 可拆为 0、3、12 或 0、31、2：制发 0 件填入，废止、现行有效不填，并列出两种拆分', () => {
    const text = tabReport((t) => replaceLine(t.sec2, '行政规范性文件', '行政规范性文件0312'));
    const { report, flags } = importText(text);
    expect(['issued', 'repealed', 'effective'].map((f) => report.cells[`sec2.normativeDocs.${f}`]?.value)).toEqual([0, undefined, undefined]);
    const reason = flags.find((f) => f.cell === 'sec2.normativeDocs.repealed')!.reason;
    expect(reason).toContain('0、3、12；0、31、2');
    expect(reason).toContain('相同的 1 格已填入');
  });
});
