import { describe, expect, it } from 'vitest';
import type { ImportFlag } from '../../shared/import/source.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { applyAnswers, groupItems, reviewItems } from './review-model.ts';

function imported() {
  const r = blankReport({ unit: '示例乡人民政府', kind: 'township', year: 2024 });
  r.cells['sec3.rows.granted[0]'] = cellFromNumber(69);
  r.cells['sec2.normativeDocs.issued'] = { raw: '/', value: null };
  r.sections.proactive.paragraphs = [
    { heading: '', text: '本乡主动公开信息 120 条。' },
    { heading: '政务公开平台', text: '乡政府网站更新栏目 8 个。' },
  ];
  r.meta.flags = [{ cell: 'sec3.rows.granted[0]', reason: '数字粘连' }];
  return r;
}

const FLAGS: ImportFlag[] = [
  { cell: 'sec3.rows.granted[0]', reason: '“予以公开”一行的数字粘连在一起，拆分方式不唯一', source: '（一）予以公开 6936650' },
  { cell: 'sec2.normativeDocs.issued', reason: '原表此处为“/”', source: '行政规范性文件 / 3 12' },
  { paragraph: { section: 'proactive', index: 1 }, reason: '段落跨页，可能拼接有误', source: '乡政府网站更新栏目\n8 个。' },
  { reason: '原文为2019年试行格式' },
];

describe('reviewItems', () => {
  it('names each place with the schema labels and shows what was imported', () => {
    const items = reviewItems(imported(), FLAGS);
    expect(items.map((i) => [i.kind, i.place, i.imported])).toEqual([
      ['cell', '表三（一）予以公开 · 自然人', '69'],
      ['cell', '表二 行政规范性文件 本年制发件数', '/'],
      ['paragraph', '二、主动公开政府信息情况 · 第 2 段（政务公开平台）', '乡政府网站更新栏目 8 个。'],
      ['report', '整份报告', ''],
    ]);
  });
});

describe('applyAnswers', () => {
  it('writes corrections, keeps confirmed values exactly, and drops the reviewed flags', () => {
    const report = imported();
    const items = reviewItems(report, FLAGS);
    const out = applyAnswers(
      report,
      items,
      new Map([
        [0, '６９３'],
        [1, '/'],
        [2, '乡政府网站更新栏目8个。'],
        [3, ''],
      ]),
    );
    expect(out.cells['sec3.rows.granted[0]']).toEqual({ raw: '693', value: 693 });
    expect(out.cells['sec2.normativeDocs.issued']).toEqual({ raw: '/', value: null });
    expect(out.sections.proactive.paragraphs[1]).toEqual({ heading: '政务公开平台', text: '乡政府网站更新栏目8个。' });
    expect(out.sections.proactive.paragraphs[0]).toBe(report.sections.proactive.paragraphs[0]);
    expect(out.meta.flags).toBeUndefined();
    // The imported report itself is untouched: 取消 must leave nothing changed.
    expect(report.cells['sec3.rows.granted[0]']?.value).toBe(69);
    expect(report.sections.proactive.paragraphs[1]?.text).toBe('乡政府网站更新栏目 8 个。');
  });
});

describe('the unit’s name and kind', () => {
  const flags: ImportFlag[] = [
    { field: 'unitName', reason: '标题中的单位名称为“示例乡人民政府”，开头段落写作“示例县示例乡人民政府”' },
    { field: 'unitKind', reason: '单位类型按名称推断为“乡镇人民政府”，请确认' },
  ];

  it('are review items of their own, showing what was imported', () => {
    expect(reviewItems(imported(), flags).map((i) => [i.kind, i.place, i.imported])).toEqual([
      ['unitName', '单位名称', '示例乡人民政府'],
      ['unitKind', '单位类型', 'township'],
    ]);
  });

  it('the clerk’s answers change the report’s header; a kind that is not one is ignored', () => {
    const report = imported();
    const items = reviewItems(report, flags);
    const out = applyAnswers(report, items, new Map([[0, ' 示例县示例乡人民政府 '], [1, 'countyDept']]));
    expect(out.unit).toMatchObject({ name: '示例县示例乡人民政府', kind: 'countyDept' });
    expect(report.unit).toMatchObject({ name: '示例乡人民政府', kind: 'township' });
    expect(applyAnswers(report, items, new Map([[1, 'nonsense']])).unit.kind).toBe('township');
  });
});

describe('groupItems', () => {
  it('puts neighbouring cells with the same reason into one step, and nothing else', () => {
    const missing = '原表中没有找到“规章”这一行，请按原表填写';
    const flags: ImportFlag[] = [
      { cell: 'sec2.rules.issued', reason: missing },
      { cell: 'sec2.rules.repealed', reason: missing },
      { cell: 'sec2.rules.effective', reason: missing },
      { paragraph: { section: 'proactive', index: 0 }, reason: missing },
      { cell: 'sec3.rows.granted[0]', reason: '数字粘连' },
      { cell: 'sec3.rows.granted[1]', reason: missing },
    ];
    const groups = groupItems(reviewItems(imported(), flags));
    expect(groups.map((g) => [g.items, g.title])).toEqual([
      [[0, 1, 2], '表二 规章 · 3 格'],
      [[3], '二、主动公开政府信息情况 · 第 1 段'],
      [[4], '表三（一）予以公开 · 自然人'],
      [[5], '表三（一）予以公开 · 商业企业'],
    ]);
  });
});

describe('总计 cells in the review', () => {
  const missing = '原表为2019年试行格式，只有一行“（六）其他处理”，没有这一分项：请按2021年格式填写';
  const flags: ImportFlag[] = [0, 1, 2, 3, 4, 5, 6].map((c) => ({ cell: `sec3.rows.other_1[${c}]`, reason: missing, source: '（六）其他处理 | 0' }));

  it('are not asked: the row’s six parts are one row of the step, its 总计 is left out', () => {
    const items = reviewItems(imported(), flags);
    expect(items.map((i) => i.column)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    const [group] = groupItems(items);
    expect(group!.rows.map((r) => [r.row, r.source, r.items.length])).toEqual([
      ['表三（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '（六）其他处理 | 0', 6],
    ]);
    expect(group!.title).toBe('表三（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 · 6 格');
  });

  it('the total is the sum of the answered parts; a half-answered row keeps it blank', () => {
    const report = imported();
    for (const f of flags) report.cells[f.cell!] = { raw: '', value: null };
    const items = reviewItems(report, flags);
    const all = applyAnswers(report, items, new Map(items.map((_, i) => [i, String(i)])), flags);
    expect(all.cells['sec3.rows.other_1[6]']).toMatchObject({ value: 15 });
    const half = applyAnswers(report, items, new Map([[0, '3']]), flags);
    expect(half.cells['sec3.rows.other_1[6]']?.raw ?? '').toBe('');
  });
});
