import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { CJK, englishIn } from '../../test/fixtures/english.ts';
import { parseReportFile, serializeReport } from './codec.ts';
import { FileError } from './errors.ts';
import { importTextContent } from '../import/index.ts';

const reportFromText = (text: string, name: string) => importTextContent(name, text);

function message(mutate: (doc: { report: Record<string, unknown> }) => void): string {
  const doc = JSON.parse(serializeReport(consistentReport()));
  mutate(doc);
  try {
    parseReportFile(JSON.stringify(doc), '年报.nianbao');
  } catch (e) {
    if (e instanceof FileError) return e.message;
    throw e;
  }
  throw new Error('accepted');
}

describe('zod’s findings said in Chinese, with the place in the clerk’s words', () => {
  it.each([
    ['a number too big', (d: { report: Record<string, unknown> }) => ((d.report.lastYear as unknown) = { year: 2024, carriedForward: [1, 2, 3, 4, 5, 6, 7, 8], effective: { rules: 0, normativeDocs: 0 } }), '上年数据 · 结转下年度件数：应最多有 7 项'],
    ['an enum', (d: { report: Record<string, unknown> }) => ((d.report.unit as { kind: string }).kind = 'village'), '单位 · 单位类型：应为以下之一'],
    ['a wrong type', (d: { report: Record<string, unknown> }) => (d.report.confirmedZero = 'yes'), '确认全为 0：应为是或否（true/false），这里是文字'],
    ['a missing field', (d: { report: Record<string, unknown> }) => delete d.report.reasons, '说明理由：缺少这一项'],
    ['a stray key', (d: { report: Record<string, unknown> }) => ((d.report.cells as Record<string, unknown>)['x'] = { raw: '', value: null }), '表格 · 表格中的一个单元格：不是表格中的单元格地址'],
    ['a year', (d: { report: Record<string, unknown> }) => (d.report.year = 2300), '年份“2300”无效'],
  ])('%s', (_, mutate, expected) => {
    const text = message(mutate);
    expect(text).toContain(expected);
    expect(text).toMatch(CJK);
    expect(englishIn(text)).toBeNull();
    expect(text).not.toMatch(/report\.|cells\.|sec\d/);
  });

  it('a facts JSON with wrong types', () => {
    const bad = JSON.stringify({ unit: 1, year: 2024, sec2: {}, sec3: { rows: {} }, sec4: [] });
    try {
      reportFromText(bad, '数据.json');
      throw new Error('accepted');
    } catch (e) {
      expect((e as Error).message).toContain('单位：应为文字，这里是数字');
      expect((e as Error).message).toContain('表二 规章：缺少这一项');
      expect(englishIn((e as Error).message)).toBeNull();
    }
  });

  it('an empty .nianbao file is said to be one, not an unsupported format', () => {
    expect(() => reportFromText('', '年报.nianbao')).toThrow('“年报.nianbao”是空的 .nianbao 文件');
    expect(() => reportFromText('   \n', '年报.nianbao')).toThrow('是空的 .nianbao 文件');
    expect(() => reportFromText('PK\u0003\u0004', '年报.nianbao')).toThrow('已损坏或不是年报文件');
  });
});

describe('deep nesting', () => {
  it('is refused before parsing, quickly and in Chinese', () => {
    const deep = `{"format":"nianbao","version":1,"report":${'['.repeat(300_000)}${']'.repeat(300_000)}}`;
    expect(() => parseReportFile(deep, '年报.nianbao')).toThrow('嵌套过深');
    expect(() => reportFromText(deep, '数据.json')).toThrow('嵌套过深');
    // Brackets inside strings are text, not nesting.
    const r = consistentReport();
    r.sections.overview.paragraphs[0]!.text = '['.repeat(100);
    expect(parseReportFile(serializeReport(r)).sections.overview.paragraphs[0]!.text).toBe('['.repeat(100));
  });
});
