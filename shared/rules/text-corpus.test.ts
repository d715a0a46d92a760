/**
 * The text rules on published reports (test/corpus, imported from their text): they are real and mostly
 * consistent, so the rules stay quiet — except where a report really lacks something, asserted exactly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, ORIGINALS } from '../../test/fixtures/corpus.ts';
import { importFile } from '../import/index.ts';
import { checkReport } from './index.ts';

const TEXT_RULES = new Set(['text-numbers', 'text-stale', 'text-placeholders', 'text-completeness', 'text-slips', 'review-mark']);

async function textFindings(name: string, folder = CORPUS): Promise<string[]> {
  const { report } = await importFile(name, new Uint8Array(readFileSync(join(folder, name))));
  return checkReport(report, 'final')
    .filter((f) => TEXT_RULES.has(f.rule))
    .map((f) => `${f.rule} ${f.message}`);
}

const GOV = '各级人民政府的年度报告应包括工作考核、社会评议和责任追究结果情况（条例第五十条），正文未提到';
const NO_FEE = 'text-completeness 第六部分第 1 段：第六部分没有说明信息处理费的收取情况（如“本年度未收取信息处理费”或“收取信息处理费…元”）';

describe('已发布报告的正文', () => {
  it.each([
    // A district government that names 考核 but not 社会评议 or 责任追究.
    ['000_5087c93da9e13ba9.txt', [`text-completeness 第一部分第 6 段：${GOV}社会评议、责任追究`]],
    // Section 六 says nothing about 信息处理费 (001: nothing at all; 003: 「无」). 001's 总体情况 is four
    // paragraphs of general words without one figure of the office's own (docs/format.md §4.15).
    [
      '001_59838382079b1902.txt',
      [
        NO_FEE,
        'text-completeness 第一部分第 1 段：“一、总体情况”没有一个本单位本年度的具体数字（如主动公开信息多少条、办理申请多少件），读来像通用的套话；请写明本年度的实际工作',
      ],
    ],
    // 「（一）政府信息处理费收取情况。无。」 is a statement: quiet.
    ['002_43b3efced0382fbe.txt', []],
    ['003_4f9f1baba97e0f00.txt', [NO_FEE]],
    // A street office with no word on 考核/评议/追究, and its last sentence without 。.
    [
      '004_9aeb20aea38e869d.txt',
      [`text-completeness 第一部分第 6 段：${GOV}工作考核、社会评议、责任追究`, 'text-slips 第六部分第 1 段：段落末尾缺少句号“。”'],
    ],
  ])('%s', async (name, expected) => {
    expect(await textFindings(name)).toEqual(expected);
  });
});

describe('已发布报告的正文（原始 PDF）', () => {
  it.each([
    // 淮安市人民政府: the prose restates the tables (受理3119, 答复3050, 结转103, 复议351, 诉讼46, 信息处理费
    // 3940 元 beside 行政事业性收费 96171.6 万元) and all agree; it never names 考核/评议/追究.
    ['101_huaian_2024.pdf', [`text-completeness 第一部分第 6 段：${GOV}工作考核、社会评议、责任追究`]],
    // 洪泽区 2023: 受理21件 matches; its errors are in table 四, not in the prose.
    ['102_hongze_2023.pdf', [`text-completeness 第一部分第 6 段：${GOV}工作考核、社会评议、责任追究`]],
    // 洪泽区 2024: the published prose says 受理17件 while table 三 says 95; 考核 is named, 评议/追究 are not.
    [
      '103_hongze_2024.pdf',
      [
        'text-numbers 第一部分第 3 段：正文“受理政府信息公开申请17件”与表格不符：表三一、本年新收 95，或表三本年新收 95 + 上年结转 0 = 95',
        `text-completeness 第一部分第 6 段：${GOV}社会评议、责任追究`,
      ],
    ],
  ])('%s', async (name, expected) => {
    expect(await textFindings(name, ORIGINALS)).toEqual(expected);
  });
});
