import { describe, expect, it } from 'vitest';
import { replaceLine, tabReport } from '../../../test/fixtures/import-truth.ts';
import { importText } from '../index.ts';

const glued = (prose: string) =>
  tabReport((t) => {
    replaceLine(t.sec2, '行政规范性文件', '行政规范性文件3112');
    t.sec2.push(prose);
  });

describe('表格定不下的拆法，按正文中的数字确定', () => {
  it('正文写明制发、废止、现行有效件数：取与正文相符的唯一拆法，并标记请核对', () => {
    const { report, flags } = importText(glued('本年度制发规范性文件3件，废止规范性文件1件，现行有效规范性文件12件。'));
    expect(['issued', 'repealed', 'effective'].map((f) => report.cells[`sec2.normativeDocs.${f}`]?.value)).toEqual([3, 1, 12]);
    expect(flags.find((f) => f.cell === 'sec2.normativeDocs.issued')!.reason).toContain('已按正文中的数字取 3、1、12');
  });

  it('正文只写了废止件数（“废止行政规范性文件1件”），3、1、12 与 31、1、2 都相符：不填，照旧列出各种拆法', () => {
    const { report, flags } = importText(glued('本年度规范性文件工作平稳。'));
    expect(report.cells['sec2.normativeDocs.issued']).toBeUndefined();
    expect(flags.find((f) => f.cell === 'sec2.normativeDocs.issued')!.reason).toContain('种拆分都符合');
  });
});

describe('正文中与各种拆法都不符的数字不作依据', () => {
  it('第一部分另写“废止行政规范性文件5件”（与哪种拆法都不符）：仍按相符的制发、现行有效件数取 3、1、12', () => {
    const { report, flags } = importText(glued('本年度制发规范性文件3件，现行有效规范性文件12件。另清理并废止行政规范性文件5件。'));
    expect(['issued', 'repealed', 'effective'].map((f) => report.cells[`sec2.normativeDocs.${f}`]?.value)).toEqual([3, 1, 12]);
    expect(flags.find((f) => f.cell === 'sec2.normativeDocs.issued')!.reason).toContain('正文另有 1 处数字与各种拆分都不符');
  });

  it('只有与各种拆法都不符的数字：不填', () => {
    const { report } = importText(glued('本年度废止行政规范性文件5件。'));
    expect(report.cells['sec2.normativeDocs.issued']).toBeUndefined();
  });
});
