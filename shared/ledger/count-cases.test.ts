import { describe, expect, it } from 'vitest';
import { expectedSec4, generateCases } from '../../test/fixtures/ledger-cases.ts';
import { generateLedger } from '../../test/fixtures/ledger-generator.ts';
import type { LedgerBook } from './book.ts';
import { detectLayout } from './detect.ts';
import { EMPTY_MAPPING, withValue } from './mapping.ts';
import { sec4Values, tallyLedger } from './tally.ts';
import { entriesOfCell } from './trace.ts';

const YEAR = 2024;

function workbook(seed: number, cases = 60): { book: LedgerBook; truth: ReturnType<typeof generateCases> } {
  const apps = generateLedger({ seed, rows: 100, year: YEAR });
  const truth = generateCases(seed, cases, YEAR);
  return { book: { ...apps.book, sheets: [...apps.book.sheets, truth.sheet] }, truth };
}

describe('表四从复议、诉讼工作表统计', () => {
  it.each([1, 2, 3, 4, 5])('seed %i：十五格与独立数出的相同，总计为四项之和', (seed) => {
    const { book, truth } = workbook(seed);
    const t = tallyLedger(book, YEAR, EMPTY_MAPPING);
    expect(t.layout.cases.map((c) => c.sheet)).toEqual([1]);
    expect(t.layout.applications.map((a) => a.sheet)).toEqual([0]);
    const values = sec4Values(t.cases!);
    expect(Array.from({ length: 15 }, (_, i) => values[`sec4[${i}]`])).toEqual(expectedSec4(truth.cases, YEAR));
    expect(t.cases!.leftOut).toEqual([]);
    // 总计 lists the cases of its four.
    expect(entriesOfCell(t.cases!.cells, 'sec4[4]').length).toBe(values['sec4[4]']);
  });

  it('没有复议、诉讼工作表：不统计表四', () => {
    const t = tallyLedger(generateLedger({ seed: 1, rows: 20, year: YEAR }).book, YEAR, EMPTY_MAPPING);
    expect(t.cases).toBeNull();
  });

  it('只写“行政诉讼”而不知是否经过复议：列出，不计入；说明后计入', () => {
    const book: LedgerBook = {
      name: 'x.xlsx',
      sheets: [{ name: '行政诉讼', rows: [['案号', '案件类型', '收到日期', '审理结果', '审结日期'], ['诉1', '行政诉讼', '2024-03-01', '维持', '2024-06-01']] }],
    };
    expect(detectLayout(book, EMPTY_MAPPING).cases[0]?.route).toBe('litigation');
    const t = tallyLedger(book, YEAR, EMPTY_MAPPING);
    expect(t.cases!.leftOut).toMatchObject([{ row: 2, number: '诉1', value: '行政诉讼', mapAs: 'caseType' }]);
    const mapped = tallyLedger(book, YEAR, withValue(EMPTY_MAPPING, 'caseType', '行政诉讼', 'direct'));
    expect(sec4Values(mapped.cases!)['sec4[5]']).toBe(1);
  });

  it('工作表名为“行政复议”时，每行都是复议案件', () => {
    const book: LedgerBook = { name: 'x.xlsx', sheets: [{ name: '行政复议', rows: [['编号', '收到日期', '复议结果', '决定日期'], ['1', '2023-12-01', '撤销', '2024-02-01'], ['2', '2024-12-01', '', '']] }] };
    const v = sec4Values(tallyLedger(book, YEAR, EMPTY_MAPPING).cases!);
    expect([v['sec4[1]'], v['sec4[3]'], v['sec4[4]']]).toEqual([1, 1, 2]);
  });
});
