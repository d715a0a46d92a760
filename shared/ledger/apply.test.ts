import { describe, expect, it } from 'vitest';
import { parseReportFile, serializeReport } from '../file/codec.ts';
import { blankReport } from '../report/blank.ts';
import { rollOver } from '../report/rollover.ts';
import { withTotalsApplied } from '../report/totals.ts';
import { checkReport } from '../rules/index.ts';
import { cellFromNumber } from '../values/parse.ts';
import { generateLedger } from '../../test/fixtures/ledger-generator.ts';
import { cellsToOverwrite, fillFromLedger, tallyValues } from './apply.ts';
import type { LedgerBook } from './book.ts';
import { compareCarryOver } from './carried.ts';
import { EMPTY_MAPPING, withValue } from './mapping.ts';
import { tallyLedger } from './tally.ts';
import { entriesOfCell } from './trace.ts';

const sheets = (b: LedgerBook) => b.sheets.map((s) => s.name);

describe('把统计结果填入报告', () => {
  const gen = generateLedger({ seed: 3, rows: 300, year: 2024 });
  const tally = tallyLedger(gen.book, 2024, EMPTY_MAPPING);

  it('表三 175 格全部填写，勾稽关系全部成立', () => {
    const report = fillFromLedger(blankReport({ unit: '某镇', kind: 'township', year: 2024 }), tally, EMPTY_MAPPING, sheets(gen.book), { sec4: false });
    const sec3Errors = checkReport(withTotalsApplied(report)).filter((f) => f.severity === 'error' && f.cells.some((c) => c.startsWith('sec3')));
    expect(sec3Errors).toEqual([]);
    expect(Object.keys(report.cells).filter((a) => a.startsWith('sec3'))).toHaveLength(175);
  });

  it('统计记录随报告保存、重新打开后仍能列出每格的申请；不保存申请人姓名', () => {
    const mapping = withValue(EMPTY_MAPPING, 'applicantType', '个体户', 1);
    const report = fillFromLedger(blankReport({ unit: '某镇', kind: 'township', year: 2024 }), tally, mapping, sheets(gen.book), { sec4: false });
    const text = serializeReport(report);
    expect(text).not.toContain('张某');
    const back = parseReportFile(text);
    expect(back.ledger?.mapping).toEqual(mapping);
    const count = back.ledger!.count!;
    const address = 'sec3.rows.newReceived[6]';
    expect(entriesOfCell(count.cells, address)).toHaveLength(back.cells[address]!.value!);
    expect(count.entries[entriesOfCell(count.cells, address)[0]!]).toMatchObject({ number: expect.any(String), row: expect.any(Number), received: expect.stringMatching(/^2024-/) });
  });

  it('已填写且数字不同的单元格先列出（再询问是否覆盖）；自动计算的总计和相同的数字不算', () => {
    const report = blankReport({ unit: '某镇', kind: 'township', year: 2024 });
    const values = tallyValues(tally, { sec4: false });
    report.cells['sec3.rows.granted[0]'] = cellFromNumber((values['sec3.rows.granted[0]'] ?? 0) + 1);
    report.cells['sec3.rows.granted[1]'] = cellFromNumber(values['sec3.rows.granted[1]'] ?? 0);
    report.cells['sec3.rows.granted[6]'] = cellFromNumber(999);
    expect(cellsToOverwrite(report, values)).toEqual(['sec3.rows.granted[0]']);
  });

  it('下一年从本报告新建：列和值的对应关系随之带过去，上年结转的申请逐件对照', () => {
    const mapping = withValue(EMPTY_MAPPING, 'applicantType', '个体户', 1);
    const filled = fillFromLedger(blankReport({ unit: '某镇', kind: 'township', year: 2024 }), tally, mapping, sheets(gen.book), { sec4: false });
    const next = rollOver(filled);
    expect(next.ledger).toEqual({ mapping });
    const carried = next.lastYear!.carriedForwardApplications!;
    expect(carried.flat().length).toBe(filled.cells['sec3.rows.carriedForward[6]']!.value);
    // The same ledger counted for 2025: last year's open applications are this year's 上年结转, one by one.
    const t2025 = tallyLedger(gen.book, 2025, mapping);
    expect(compareCarryOver(t2025.applications, next.lastYear)).toEqual([]);
  });
});

describe('上年结转与上年报告的结转下年度对照', () => {
  const book = (rows: (string | null)[][]): LedgerBook => ({ name: '台账.csv', sheets: [{ name: '台账', rows: [['编号', '收到日期', '申请人类型', '办理结果', '办结日期'], ...rows] }] });
  const last = (carriedForward: number[], list?: { number: string; received: string }[][]) => ({
    year: 2023,
    carriedForward: [...carriedForward, carriedForward.reduce((a, b) => a + b, 0)],
    effective: { rules: null, normativeDocs: null },
    ...(list ? { carriedForwardApplications: list } : {}),
  });

  it('数字不同：列出台账中计入上年结转的申请', () => {
    const t = tallyLedger(book([['A1', '2023-12-01', '公民', '', ''], ['A2', '2023-11-01', '公民', '予以公开', '2024-01-10']]), 2024, EMPTY_MAPPING);
    const d = compareCarryOver(t.applications, last([1, 0, 0, 0, 0, 0]));
    expect(d.map((x) => [x.columnName, x.lastYear, x.ledger, x.applications.map((i) => t.applications.applications[i]!.number)])).toEqual([
      ['自然人', 1, 2, ['A1', 'A2']],
      ['总计', 1, 2, ['A1', 'A2']],
    ]);
  });

  it('上年报告也由台账统计：逐件说明差在哪里', () => {
    const t = tallyLedger(
      book([
        ['A1', '2023-12-01', '公民', '', ''],
        ['A2', '2023-11-01', '公民', '予以公开', '2023-12-28'],
        ['A3', '2023-10-01', '公民', '予以公开', '2024-01-10'],
      ]),
      2024,
      EMPTY_MAPPING,
    );
    const lastList = [[{ number: 'A1', received: '2023-12-01' }, { number: 'A2', received: '2023-11-01' }], [], [], [], [], []];
    const [col] = compareCarryOver(t.applications, last([2, 0, 0, 0, 0, 0], lastList));
    expect(col!.lastYear).toBe(2);
    expect(col!.notCarriedLastYear.map((i) => t.applications.applications[i]!.number)).toEqual(['A3']);
    expect(col!.missing).toMatchObject([{ number: 'A2', why: expect.stringContaining('2023-12-28 已办结') }]);
  });
});
