import { describe, expect, it } from 'vitest';
import { importTruth, tableFacts } from '../../test/fixtures/import-truth.ts';
import { renderReport } from '../../test/fixtures/report-text.ts';
import { sec3Address } from '../schema/index.ts';
import type { Report } from '../report/model.ts';
import { importDocument } from './document.ts';
import { wordBinarySource } from './word-binary.ts';

/** A report's text as word-extractor gives an old .doc: each cell ends in a tab, each row in one more, no line break inside a table. */
function oldWordText(r: Report): string {
  return renderReport(r, 'tab')
    .split('\n')
    .map((line) => (line.includes('\t') ? `${line}\t\t` : `${line}\n`))
    .join('');
}

describe('旧版 Word（.doc）取出的文字：两个制表符结束一行', () => {
  it('表格逐行还原：单位、年度和三张表的每个数字与原报告一致', () => {
    const r = importTruth();
    const { report } = importDocument(wordBinarySource({ body: oldWordText(r), boxes: '' }));
    expect([report.unit.name, report.year]).toEqual([r.unit.name, r.year]);
    expect(tableFacts(report)).toEqual(tableFacts(r));
  });

  it('标题画在文本框里：从文本框的文字读出单位和年度', () => {
    const r = importTruth();
    const [title, ...rest] = oldWordText(r).split('\n');
    const { report } = importDocument(wordBinarySource({ body: rest.join('\n'), boxes: title! }));
    expect([report.unit.name, report.year]).toEqual([r.unit.name, r.year]);
  });

  it.each([
    ['表三一行的第一个数', sec3Address('granted', 0)],
    ['表三一行的中间', sec3Address('granted', 1)],
    ['表三一行的最后（总计）', sec3Address('granted', 6)],
    ['表三带序号的小项', sec3Address('denied_1', 3)],
    ['表四', 'sec4[7]'],
    ['表二', 'sec2.licensing'],
  ])('空格在%s（空格也是两个制表符）：空格仍是空格，没有错而未标记的数字', (_where, blank) => {
    const r = importTruth();
    expect(r.cells[blank]).toBeDefined();
    delete r.cells[blank];
    const { report, flags } = importDocument(wordBinarySource({ body: oldWordText(r), boxes: '' }));
    const flagged = new Set(flags.flatMap((f) => (f.cell ? [f.cell] : [])));
    const silent = Object.entries(r.cells).filter(([a, c]) => report.cells[a]?.raw !== c.raw && !flagged.has(a));
    expect(silent).toEqual([]);
    expect(report.cells[blank]?.raw ?? '').toBe('');
  });
});
