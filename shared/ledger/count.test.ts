import { describe, expect, it } from 'vitest';
import { expectedTable } from '../../test/fixtures/ledger-expected.ts';
import { DATE_FORMS, generateLedger, type GeneratedLedger, type TruthApp } from '../../test/fixtures/ledger-generator.ts';
import type { LedgerBook, LedgerValue } from './book.ts';
import { entriesOfCell } from './trace.ts';
import { EMPTY_MAPPING, withValue, type LedgerMapping } from './mapping.ts';
import { allLeftOut, sec3Values, tallyLedger } from './tally.ts';
import { rowsOf } from './left-out.ts';
import type { ApplicantColumn } from './applicants.ts';
import type { ResultValue } from './results.ts';

const YEAR = 2024;

function counted(gen: GeneratedLedger, mapping: LedgerMapping = EMPTY_MAPPING) {
  const t = tallyLedger(gen.book, gen.year, mapping);
  return { t, values: sec3Values(t.applications) };
}

/** The clerk's answers for every unknown value, taken from the truth (what the clerk knows of the application). */
function answers(gen: GeneratedLedger): LedgerMapping {
  let m = EMPTY_MAPPING;
  for (const a of gen.apps) {
    if (!a.unknown) continue;
    m = a.unknown.field === 'applicantType'
      ? withValue(m, 'applicantType', a.unknown.text, a.column as ApplicantColumn)
      : withValue(m, 'result', a.unknown.text, a.result as ResultValue);
  }
  return m;
}

describe('表三从台账统计：与按规则独立数出的表格逐格相同', () => {
  const cases = Array.from({ length: 24 }, (_, i) => ({
    seed: 100 + i,
    titleRows: i % 5,
    twoRowHeader: i % 4 === 3,
    dateForms: i < DATE_FORMS.length ? [DATE_FORMS[i]!] : undefined,
  }));
  it.each(cases)('台账 seed $seed（表头上方 $titleRows 行，两行表头 $twoRowHeader，日期 $dateForms）', ({ seed, titleRows, twoRowHeader, dateForms }) => {
    const gen = generateLedger({ seed, rows: 400, year: YEAR, titleRows, twoRowHeader, dateForms, duplicateRate: 0.04, blankRate: 0.05 });
    const { t, values } = counted(gen);
    const expected = expectedTable(gen);
    for (const [address, n] of Object.entries(expected.cells)) expect(values[address], address).toBe(n);
    // The count says which applications, and they are the right ones.
    for (const [address, numbers] of Object.entries(expected.numbers)) {
      expect(entriesOfCell(t.applications.cells, address).map((i) => t.applications.applications[i]!.number), address).toEqual(numbers);
    }
    expect(t.applications.leftOut).toEqual([]);
    // Every duplicate row listed, none counted twice.
    expect(t.applications.duplicates.map((d) => d.row).sort((a, b) => a - b)).toEqual(gen.duplicateRows);
    expect(t.layout.applications[0]!.header.row + 1).toBe(gen.headerRow);
  });

  it('空行、表头上方的标题和表下的合计、注、填表人不作为申请，列出而不计入', () => {
    const gen = generateLedger({ seed: 7, rows: 50, year: YEAR, titleRows: 3, blankRate: 0.2 });
    const { t } = counted(gen);
    expect(t.applications.blankRows).toBeGreaterThan(5);
    expect(t.applications.setAside.map((s) => s.text)).toEqual([
      expect.stringMatching(/^合计/),
      expect.stringMatching(/^注：/),
      expect.stringMatching(/^填表人/),
    ]);
  });
});

describe('无法识别的值：从不猜测，列出行号、编号和值，不计入任何数字，映射后计入', () => {
  it.each([1, 2, 3, 4, 5, 6])('台账 seed %i', (seed) => {
    const gen = generateLedger({ seed, rows: 500, year: YEAR, unknownRate: 0.06 });
    const { t, values } = counted(gen);
    const expected = expectedTable(gen);
    expect(expected.leftOutRows.length).toBeGreaterThan(5);
    for (const [address, n] of Object.entries(expected.cells)) expect(values[address], address).toBe(n);
    const left = t.applications.leftOut;
    expect([...new Set(left.map((l) => l.row))].sort((a, b) => a - b)).toEqual([...expected.leftOutRows].sort((a, b) => a - b));
    const byRow = new Map(gen.apps.map((a) => [a.row, a]));
    for (const l of left) {
      const app = byRow.get(l.row)!;
      expect(l).toMatchObject({ number: app.number, value: app.unknown!.text, field: app.unknown!.field, mapAs: app.unknown!.field });
      expect(l.reason).toContain(app.unknown!.text);
    }
    // Not counted anywhere: no cell lists a left-out application.
    const leftNumbers = new Set(left.map((l) => l.number));
    expect(t.applications.applications.filter((a) => leftNumbers.has(a.number))).toEqual([]);

    const mapped = counted(gen, answers(gen));
    const all = expectedTable(gen, () => true);
    for (const [address, n] of Object.entries(all.cells)) expect(mapped.values[address], address).toBe(n);
    expect(mapped.t.applications.leftOut).toEqual([]);
  });
});

/** A ledger written by hand: 编号, 收到日期, 申请人类型, 办理结果, 办结日期. */
function ledger(rows: LedgerValue[][]): LedgerBook {
  return { name: '台账.csv', sheets: [{ name: '台账', rows: [['编号', '收到日期', '申请人类型', '办理结果', '办结日期'], ...rows] }] };
}

function cellsOf(rows: LedgerValue[][], year = YEAR, mapping = EMPTY_MAPPING) {
  const t = tallyLedger(ledger(rows), year, mapping);
  const v = sec3Values(t.applications);
  return { t, v: (row: string, col: number) => v[`sec3.rows.${row}[${col}]`] ?? Number.NaN };
}

describe('年度界限（按议题所列规则）', () => {
  it('本年收到、本年办结：本年新收和办理结果', () => {
    const { v } = cellsOf([['A1', '2024-03-18', '自然人', '予以公开', '2024-04-01']]);
    expect([v('newReceived', 0), v('granted', 0), v('carriedOver', 0), v('carriedForward', 0)]).toEqual([1, 1, 0, 0]);
  });
  it('本年收到、年底未办结（没有办结日期，或在下一年办结）：本年新收和结转下年度', () => {
    const { v } = cellsOf([
      ['A1', '2024-12-31', '企业', '', ''],
      ['A2', '2024-12-20', '企业', '予以公开', '2025-01-01'],
    ]);
    expect([v('newReceived', 1), v('carriedForward', 1), v('granted', 1)]).toEqual([2, 2, 0]);
  });
  it('上年收到、本年办结：上年结转和办理结果', () => {
    const { v } = cellsOf([['A1', '2023-12-30', '律师事务所', '部分公开', '2024-01-05']]);
    expect([v('carriedOver', 4), v('partlyGranted', 4), v('newReceived', 4)]).toEqual([1, 1, 0]);
  });
  it('上年收到、仍未办结：上年结转和结转下年度', () => {
    const { v } = cellsOf([['A1', '2022-06-01', '其他', '办理中', '']]);
    expect([v('carriedOver', 5), v('carriedForward', 5)]).toEqual([1, 1]);
  });
  it('上年已办结或下一年才收到：不计入', () => {
    const { t, v } = cellsOf([
      ['A1', '2023-05-01', '自然人', '予以公开', '2023-12-31'],
      ['A2', '2025-01-01', '自然人', '予以公开', '2025-01-02'],
    ]);
    expect(v('newReceived', 6) + v('carriedOver', 6)).toBe(0);
    expect(t.applications.notCounted).toEqual({ closedBefore: 1, receivedAfter: 1 });
  });
  it('部分公开只计这一情形：「部分公开、不予公开」计入部分公开', () => {
    const { v } = cellsOf([['A1', '2024-01-02', '公民', '部分公开、不予公开', '2024-01-20']]);
    expect([v('partlyGranted', 0), v('total', 0)]).toEqual([1, 1]);
  });
  it('类别写在一栏、情形写在另一栏：按具体情形计入；没有写明情形的，列出不计入', () => {
    const book: LedgerBook = {
      name: '台账.xlsx',
      sheets: [{ name: '台账', rows: [['编号', '收到日期', '申请人类型', '办理结果', '不予公开理由', '办结日期'], ['A1', '2024-01-02', '公民', '不予公开', '涉及个人隐私', '2024-01-20'], ['A2', '2024-01-03', '公民', '不予公开', '', '2024-01-20']] }],
    };
    const t = tallyLedger(book, YEAR, EMPTY_MAPPING);
    expect(sec3Values(t.applications)['sec3.rows.denied_4[0]']).toBe(1);
    expect(t.applications.leftOut).toMatchObject([{ row: 3, number: 'A2', value: '不予公开', mapAs: 'result' }]);
  });
});

describe('需要台账本身更正的行：列出原因，不计入', () => {
  it.each<[string, LedgerValue[], RegExp]>([
    ['没有收到日期', ['A1', '', '自然人', '予以公开', '2024-02-01'], /没有收到日期/],
    ['日期写法无法识别', ['A1', '3月18日', '自然人', '予以公开', '2024-04-01'], /“3月18日”不是可以识别的日期/],
    ['办结早于收到', ['A1', '2024-05-01', '自然人', '予以公开', '2024-04-01'], /早于收到日期/],
    ['有结果没有办结日期', ['A1', '2024-05-01', '自然人', '予以公开', ''], /没有办结日期/],
    ['已办结没有结果', ['A1', '2024-05-01', '自然人', '', '2024-05-10'], /没有办理结果/],
    ['已办结但结果为办理中', ['A1', '2024-05-01', '自然人', '办理中', '2024-05-10'], /尚未办结/],
    ['没有申请人类型', ['A1', '2024-05-01', '', '予以公开', '2024-05-10'], /没有申请人类型/],
  ])('%s', (_name, row, reason) => {
    const { t, v } = cellsOf([row]);
    expect(t.applications.leftOut.map((l) => l.reason).join('；')).toMatch(reason);
    expect(t.applications.leftOut.every((l) => l.row === 2 && l.number === 'A1')).toBe(true);
    expect(v('newReceived', 6) + v('carriedOver', 6) + v('total', 6) + v('carriedForward', 6)).toBe(0);
  });

  it('同一编号两行内容不同：两行都列出，都不计入', () => {
    const { t, v } = cellsOf([
      ['A1', '2024-05-01', '自然人', '予以公开', '2024-05-10'],
      ['A1', '2024-05-01', '企业', '不予公开-属于国家秘密', '2024-05-12'],
      ['A2', '2024-05-01', '企业', '予以公开', '2024-05-12'],
    ]);
    expect(t.applications.leftOut.map((l) => l.row)).toEqual([2, 3]);
    expect(rowsOf(allLeftOut(t))).toBe(2);
    expect(v('newReceived', 6)).toBe(1);
  });

  it('答复的日期补登后，同一申请办理中的旧行不重复计算', () => {
    const { t, v } = cellsOf([
      ['A1', '2024-05-01', '自然人', '办理中', ''],
      ['A1', '2024-05-01', '自然人', '予以公开', '2024-05-10'],
    ]);
    expect(v('newReceived', 0)).toBe(1);
    expect(v('carriedForward', 0)).toBe(0);
    expect(t.applications.duplicates).toMatchObject([{ row: 2, kept: { row: 3 } }]);
  });
});

it('不在本年办结的行，办理结果写什么都不影响统计（不会被要求说明）', () => {
  const { t, v } = cellsOf([['A1', '2024-12-28', '自然人', '撤回申请', '2025-01-03']]);
  expect(t.applications.leftOut).toEqual([]);
  expect(v('carriedForward', 0)).toBe(1);
});

it('统计用到的只是真值：生成器的每个申请都在且仅在两格中', () => {
  const gen = generateLedger({ seed: 42, rows: 200, year: YEAR });
  const { t } = counted(gen);
  const times = new Map<number, number>();
  for (const list of Object.values(t.applications.cells)) for (const i of list) times.set(i, (times.get(i) ?? 0) + 1);
  expect([...times.values()].every((n) => n === 2)).toBe(true);
  const inYear = (a: TruthApp) => !(a.closed && a.closed.y < YEAR) && a.received.y <= YEAR;
  expect(t.applications.applications.length).toBe(gen.apps.filter(inYear).length);
});
