import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { factsSchema, factsToReport } from '../report/facts.ts';
import type { Report } from '../report/model.ts';
import { lastYearBase } from '../report/rollover.ts';
import { sec2Address, sec3Address, sec4Address } from '../schema/index.ts';
import { cellFromText } from '../values/parse.ts';
import { checkReport, RULES } from './index.ts';
import { remainingWork } from './progress.ts';
import { blankReport } from '../report/blank.ts';
import { withTotalsApplied } from '../report/totals.ts';

function withCell(r: Report, address: string, raw: string): Report {
  const kind = address === 'sec2.fees' ? 'fee' : 'count';
  return { ...r, cells: { ...r.cells, [address]: cellFromText(raw, kind) } };
}

function rulesFired(r: Report, stage: 'editing' | 'final' = 'editing') {
  return checkReport(r, stage).map((f) => f.rule);
}

import { CORPUS } from '../../test/fixtures/corpus.ts';
const corpusFacts = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.expected.json')).map((f) => `${CORPUS}/${f}`),
  ...readdirSync(`${CORPUS}/originals`).filter((f) => f.endsWith('.expected.json')).map((f) => `${CORPUS}/originals/${f}`),
];
const load = (path: string) => factsToReport(factsSchema.parse(JSON.parse(readFileSync(path, 'utf8')))).report;

describe('勾稽关系：一致的报告不报错', () => {
  it('自编的一致报告没有任何问题', () => {
    expect(checkReport(consistentReport(), 'final')).toEqual([]);
  });

  it.each(corpusFacts.filter((f) => !f.includes('102_hongze')))('已发布报告 %s 的表格没有错误', (path) => {
    expect(checkReport(load(path), 'final').filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('规则 1：表三每行总计 = 各类申请人之和', () => {
  it('总计与各类申请人之和不等时报错，并引用两个数', () => {
    const r = withCell(consistentReport(), sec3Address('granted', 6), '9');
    const f = checkReport(r).filter((x) => x.rule === 'sec3-row-sums');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toBe('表三（一）予以公开：各类申请人之和 8，总计填写 9，相差 1');
    expect(f[0]!.cells[0]).toBe('sec3.rows.granted[6]');
  });

  it('总计未填而各项有数时显示“未填”', () => {
    const r = withCell(consistentReport(), sec3Address('granted', 6), '');
    expect(checkReport(r).find((x) => x.rule === 'sec3-row-sums')?.message).toBe('表三（一）予以公开：各类申请人之和 8，总计未填');
  });

  it('整行都未填时不报错（填写过程中）', () => {
    let r = consistentReport();
    for (let c = 0; c < 7; c++) r = withCell(r, sec3Address('denied_1', c), '');
    expect(rulesFired(r)).toEqual([]);
  });
});

describe('规则 2：每列（七）总计 = 各项办理结果之和', () => {
  it('改动一个办理结果，该列（七）总计报错', () => {
    let r = withCell(consistentReport(), sec3Address('denied_2', 0), '1');
    r = withCell(r, sec3Address('denied_2', 6), '1');
    const f = checkReport(r).filter((x) => x.rule === 'sec3-result-totals');
    expect(f.map((x) => x.message)).toEqual([
      '表三（七）总计 · 自然人：各项办理结果之和 13，总计填写 12，相差 1',
      '表三（七）总计 · 总计：各项办理结果之和 16，总计填写 15，相差 1',
    ]);
    expect(f[0]!.cells).toContain('sec3.rows.denied_2[0]');
  });
});

describe('规则 3：第一项加第二项之和，等于第三项加第四项之和', () => {
  it('结转下年度与收支不平衡时报错', () => {
    let r = withCell(consistentReport(), sec3Address('carriedForward', 1), '2');
    r = withCell(r, sec3Address('carriedForward', 6), '3');
    const f = checkReport(r).filter((x) => x.rule === 'sec3-balance');
    expect(f).toHaveLength(2);
    expect(f[0]!.message).toBe(
      '表三商业企业列：一、本年新收 3 + 二、上年结转 0 = 3，应等于三、（七）总计 3 + 四、结转下年度 2 = 5，相差 2',
    );
    expect(f[0]!.cells).toEqual(['sec3.rows.newReceived[1]', 'sec3.rows.carriedOver[1]', 'sec3.rows.total[1]', 'sec3.rows.carriedForward[1]']);
  });
});

describe('规则 3 填写中：一列有空格时尚未完成，不报错；自动计算的总计不说“填写”', () => {
  const blank = () => blankReport({ unit: '示例镇人民政府', kind: 'township', year: 2026 });

  it('新收一行填了，其余未填：不报不平衡，列为尚未完成的列', () => {
    let r = blank();
    [12, 1, 0, 0, 0, 0].forEach((v, c) => (r = withCell(r, sec3Address('newReceived', c), String(v))));
    r = withTotalsApplied(r);
    expect(checkReport(r).filter((f) => f.severity === 'error')).toEqual([]);
    expect(remainingWork(r, []).pendingBalances).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(checkReport(r, 'final').filter((f) => f.rule === 'sec3-balance')).toHaveLength(3);
  });

  it('一格填了无效的数：总计说“自动计算为”，不说“总计填写”', () => {
    let r = withCell(blank(), sec3Address('granted', 0), '12');
    r = withTotalsApplied(withCell(r, sec3Address('granted', 1), '1.5'));
    const f = checkReport(r).filter((x) => x.rule === 'sec3-row-sums');
    expect(f.map((x) => x.message)).toEqual(['表三（一）予以公开：各类申请人之和 13.5，总计自动计算为 12（只计有效的数字），相差 1.5']);
  });
});

describe('规则 4：表四各组总计 = 维持 + 纠正 + 其他 + 尚未审结', () => {
  it('已发布报告中“总计印为 0”的错误被找出（洪泽区 2023）', () => {
    const findings = checkReport(load(`${CORPUS}/originals/102_hongze_2023.expected.json`), 'final');
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['sec4-sums', 'sec4-sums']);
    expect(errors[0]!.message).toBe('表四行政复议：结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11，总计填写 0，相差 11');
    expect(errors[1]!.cells).toEqual(['sec4[10]', 'sec4[11]', 'sec4[12]', 'sec4[13]', 'sec4[14]']);
    expect(findings.map((f) => f.rule)).toContain('legacy-format-2019');
  });

  it('自编报告改动一格即报错', () => {
    const r = withCell(consistentReport(), sec4Address(7), '1');
    expect(checkReport(r).find((f) => f.rule === 'sec4-sums')?.message).toBe(
      '表四行政诉讼（未经复议直接起诉）：结果维持 0 + 结果纠正 1 + 其他结果 1 + 尚未审结 0 = 2，总计填写 1，相差 1',
    );
  });
});

describe('规则 5：取值类型', () => {
  it.each([
    ['sec2.licensing', '/', '表二 行政许可 本年处理决定数量：“/”不是数字：没有的请填 0'],
    ['sec2.licensing', '1.5', '表二 行政许可 本年处理决定数量：件数应为整数，“1.5”不是整数'],
    ['sec2.normativeDocs.issued', '22（其中修订16件）', '表二 行政规范性文件 本年制发件数：表格只能填数字，“（其中修订16件）”这类说明请写在正文中'],
    ['sec2.fees', '-2', '表二 行政事业性收费 本年收费金额（单位：万元）：不能填负数（-2）'],
  ])('%s 填“%s”报错', (address, raw, message) => {
    const f = checkReport(withCell(consistentReport(), address, raw)).filter((x) => x.rule === 'value-types');
    expect(f).toEqual([{ rule: 'value-types', severity: 'error', cells: [address], message }]);
  });

  it('全角数字与千分位视为正确数字', () => {
    const r = withCell(consistentReport(), sec2Address('licensing'), '１，５２０');
    expect(rulesFired(r)).toEqual([]);
  });
});

describe('未填单元格', () => {
  it('填写过程中不报；导出前按表汇总为警告；确认按 0 打印后不再提示', () => {
    const r = withCell(consistentReport(), sec2Address('punishment'), '');
    expect(rulesFired(r, 'editing')).toEqual([]);
    const f = checkReport(r, 'final');
    expect(f).toMatchObject([{ rule: 'empty-cells', severity: 'warning', cells: ['sec2.punishment'] }]);
    expect(f[0]!.message).toContain('表二有 1 个单元格未填写');
    expect(checkReport({ ...r, confirmedZero: true }, 'final')).toEqual([]);
  });

  it('空白模板导入后 200 个单元格都报未填', () => {
    const r = consistentReport();
    const blank = { ...r, cells: {} };
    expect(checkReport(blank, 'final').reduce((n, f) => n + f.cells.length, 0)).toBe(200);
  });
});

describe('跨年度（警告）', () => {
  it('上年结转应等于上年的结转下年度；洪泽区 2023→2024 相符', () => {
    const r = load(`${CORPUS}/originals/103_hongze_2024.expected.json`);
    r.lastYear = lastYearBase(load(`${CORPUS}/originals/102_hongze_2023.expected.json`));
    expect(checkReport(r, 'final').filter((f) => f.rule.startsWith('cross-year'))).toEqual([]);
  });

  it('上年结转与上年报告不符、现行有效件数对不上时给出警告', () => {
    const r = consistentReport();
    r.lastYear = { year: 2025, carriedForward: [2, 0, 0, 0, 0, 0, 2], effective: { rules: 0, normativeDocs: 11 } };
    const f = checkReport(r).filter((x) => x.severity === 'warning');
    expect(f.map((x) => x.rule)).toEqual(['cross-year-carried-over', 'cross-year-carried-over', 'cross-year-effective']);
    expect(f[0]!.message).toBe('表三二、上年结转 · 自然人 填写 1，2025年报告的结转下年度继续办理为 2');
    expect(f[2]!.message).toContain('现行有效件数 12，按上年 11 + 本年制发 3 − 本年废止 1 应为 13');
  });

  it('乡镇填报规章时警告', () => {
    const r = withCell(consistentReport(), sec2Address('rules', 'effective'), '6');
    expect(checkReport(r).find((f) => f.rule === 'unit-rules')?.cells).toEqual(['sec2.rules.effective']);
    expect(checkReport({ ...r, unit: { ...r.unit, kind: 'city' } }).some((f) => f.rule === 'unit-rules')).toBe(false);
  });
});

describe('每条规则声明自己的编号、级别和读取的单元格', () => {
  it('规则编号唯一，标题为中文', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.title).toMatch(/[\u4e00-\u9fa5]/);
  });
});
