import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsSchema, factsToReport, reportToFacts } from './facts.ts';

import { CORPUS } from '../../test/fixtures/corpus.ts';
const files = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.expected.json')).map((f) => `${CORPUS}/${f}`),
  ...readdirSync(`${CORPUS}/originals`).filter((f) => f.endsWith('.expected.json')).map((f) => `${CORPUS}/originals/${f}`),
];

describe('表格数据 JSON（facts）', () => {
  it.each(files.filter((f) => !f.includes('hongze')))('%s 读入再写出，数字与原文件完全一致', (path) => {
    const facts = JSON.parse(readFileSync(path, 'utf8'));
    const { report, flags } = factsToReport(factsSchema.parse(facts));
    expect(flags).toEqual([]);
    const { notes: _n, ...expected } = facts;
    const { notes: _m, ...out } = reportToFacts(report);
    expect(out).toEqual(expected);
    expect(Object.keys(out.sec3.rows)).toEqual(Object.keys(expected.sec3.rows));
  });

  it('2019 年试行格式的单行“其他处理”记入“3.其他”并逐格标记', () => {
    const facts = JSON.parse(readFileSync(`${CORPUS}/originals/102_hongze_2023.expected.json`, 'utf8'));
    const { report, flags } = factsToReport(factsSchema.parse(facts));
    expect(report.meta.legacyFormat2019).toBe(true);
    expect(flags.map((f) => f.cell)).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => `sec3.rows.other_3[${c}]`));
    expect(report.cells['sec3.rows.other_3[6]']).toEqual({ raw: '0', value: 0 });
    expect(report.cells['sec3.rows.other_1[0]']).toBeUndefined();
  });

  it('空白（null）保持为未填，不变成 0', () => {
    const facts = JSON.parse(readFileSync(`${CORPUS}/000_5087c93da9e13ba9.expected.json`, 'utf8'));
    facts.sec2.licensing = null;
    const { report } = factsToReport(factsSchema.parse(facts));
    expect(report.cells['sec2.licensing']).toBeUndefined();
    expect(reportToFacts(report).sec2.licensing).toBeNull();
  });

  it('收费金额保留发布时的小数位', () => {
    const facts = JSON.parse(readFileSync(`${CORPUS}/000_5087c93da9e13ba9.expected.json`, 'utf8'));
    const { report } = factsToReport(factsSchema.parse(facts));
    expect(report.cells['sec2.fees']).toEqual({ raw: '5107.7574', value: 5107.7574 });
  });
});
