import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { parseReportFile, serializeReport } from './codec.ts';
import { FileError } from './errors.ts';
import { FILE_VERSION } from './format.ts';
import { MIGRATIONS, migrate } from './migrations.ts';
import { rollOver } from '../report/rollover.ts';
import { cellDef, sec2Address, sec3Address } from '../schema/index.ts';
import { englishIn } from '../../test/fixtures/english.ts';

function failure(text: string): FileError {
  try {
    parseReportFile(text, '青石镇2026.nianbao');
  } catch (e) {
    if (e instanceof FileError) return e;
    throw e;
  }
  throw new Error('expected the file to be rejected');
}

describe('.nianbao 文件', () => {
  it('保存后读回，内容完全相同', () => {
    const r = consistentReport();
    r.reasons['cross-year-effective:sec2.normativeDocs.effective'] = '本年清理规范性文件 2 件';
    r.sections.overview.paragraphs[0]!.text = '2026年，青石镇……';
    const text = serializeReport(r);
    expect(JSON.parse(text)).toMatchObject({ format: 'nianbao', version: FILE_VERSION });
    expect(parseReportFile(text)).toEqual(r);
  });

  it('开头段落（preamble）保存后读回；没有这一项的旧文件照常打开，读作没有开头段落', () => {
    const r = consistentReport();
    r.preamble = [{ heading: '', text: '本报告由青石镇人民政府编制。如对本报告有疑问，请与镇党政办联系。' }];
    expect(parseReportFile(serializeReport(r)).preamble).toEqual(r.preamble);
    const old = JSON.parse(serializeReport(r));
    delete old.report.preamble;
    old.version = 1;
    expect(parseReportFile(JSON.stringify(old)).preamble).toEqual([]);
  });

  it('版式选择（表格不跨页、小标题接排）保存后读回；没有这一项的文件照常打开；不认识的取值指出位置', () => {
    const r = consistentReport();
    r.layout = { tablesWhole: true, subheadings: 'runIn' };
    expect(parseReportFile(serializeReport(r)).layout).toEqual({ tablesWhole: true, subheadings: 'runIn' });
    delete r.layout;
    expect(parseReportFile(serializeReport(r)).layout).toBeUndefined();
    const bad = JSON.parse(serializeReport(r));
    bad.report.layout = { subheadings: 'sideways' };
    expect(failure(JSON.stringify(bad))).toMatchObject({ message: expect.stringContaining('排版设置 · 小标题排法：应为以下之一'), where: 'report.layout.subheadings' });
  });

  it('带 BOM 的文件照常读取', () => {
    const r = consistentReport();
    expect(parseReportFile(`\uFEFF${serializeReport(r)}`)).toEqual(r);
  });

  it('空文件', () => {
    expect(failure('')).toMatchObject({ code: 'empty', message: expect.stringContaining('“青石镇2026.nianbao”是空的 .nianbao 文件') });
  });

  it('写了一半的文件（截断）指出大致行号', () => {
    const text = serializeReport(consistentReport());
    const e = failure(text.slice(0, Math.floor(text.length / 2)));
    expect(e.code).toBe('not-json');
    expect(e.message).toMatch(/已损坏或不是年报文件.*第 \d+ 行/);
  });

  it('其他 JSON 文件', () => {
    expect(failure('{"name":"package"}')).toMatchObject({ code: 'not-nianbao', message: '“青石镇2026.nianbao”不是年报编辑器（.nianbao）文件' });
    expect(failure('[1,2,3]').code).toBe('not-nianbao');
  });

  it('更新版本保存的文件：说明版本，不尝试读取', () => {
    const doc = JSON.parse(serializeReport(consistentReport()));
    doc.version = FILE_VERSION + 1;
    const e = failure(JSON.stringify(doc));
    expect(e.code).toBe('newer-version');
    expect(e.message).toContain(`文件版本 ${FILE_VERSION + 1}，本程序支持到 ${FILE_VERSION}`);
  });

  it('缺少版本号', () => {
    const doc = JSON.parse(serializeReport(consistentReport()));
    delete doc.version;
    expect(failure(JSON.stringify(doc)).code).toBe('invalid');
  });

  it('字段类型不对时指出位置', () => {
    const doc = JSON.parse(serializeReport(consistentReport()));
    doc.report.year = '二〇二六';
    doc.report.cells['sec2.fees'].value = 'abc';
    const e = failure(JSON.stringify(doc));
    expect(e.code).toBe('invalid');
    // The clerk reads the place in words; the JSON path is kept for whoever opens the file by hand.
    expect(e.message).toContain('报告年度：');
    expect(e.message).toContain(`表格 · ${cellDef('sec2.fees')!.label} · 数值：应为数字`);
    expect(englishIn(e.message)).toBeNull();
    expect(e.where).toBe('report.year');
  });

  it('缺少一个部分的正文', () => {
    const doc = JSON.parse(serializeReport(consistentReport()));
    delete doc.report.sections.other;
    expect(failure(JSON.stringify(doc)).message).toContain('正文 · 六、其他需要报告的事项：缺少这一项');
  });

  it('未知的单元格地址', () => {
    const doc = JSON.parse(serializeReport(consistentReport()));
    doc.report.cells['sec3.rows.newApplications[0]'] = { raw: '1', value: 1 };
    const e = failure(JSON.stringify(doc));
    expect(e.code).toBe('invalid');
    expect(e.message).toContain('不是表格中的单元格地址');
    expect(e.message).toContain('表格 · 表格中的一个单元格：不是表格中的单元格地址');
    expect(e.message).not.toContain('newApplications');
  });

  it('未知的单位类型', () => {
    const doc = JSON.parse(serializeReport(consistentReport()));
    doc.report.unit.kind = 'village';
    expect(failure(JSON.stringify(doc))).toMatchObject({ message: expect.stringContaining('单位 · 单位类型：应为以下之一'), where: 'report.unit.kind' });
  });
});

describe('版本迁移', () => {
  it('按版本逐级迁移', () => {
    MIGRATIONS[0] = (d) => ({ ...d, touched: true });
    try {
      expect(migrate({ version: 0 }, 0, 1)).toEqual({ version: 1, touched: true });
    } finally {
      delete MIGRATIONS[0];
    }
  });

  it('版本 2 → 3：上年只留有结转和现行有效件数，它们成为上年的单元格数字；没有上年数据的报告不变', () => {
    const r = rollOver(consistentReport());
    const old = JSON.parse(serializeReport(r));
    old.version = 2;
    delete old.report.lastYear.cells;
    const read = parseReportFile(JSON.stringify(old));
    expect(read.lastYear!.cells).toEqual({
      [sec3Address('carriedForward', 0)]: 1,
      ...Object.fromEntries([1, 2, 3, 4, 5].map((c) => [sec3Address('carriedForward', c), 0])),
      [sec3Address('carriedForward', 6)]: 1,
      [sec2Address('rules', 'effective')]: 0,
      [sec2Address('normativeDocs', 'effective')]: 12,
    });
    const blank = JSON.parse(serializeReport(consistentReport()));
    blank.version = 2;
    expect(parseReportFile(JSON.stringify(blank))).toEqual(consistentReport());
  });

  it('版本 3 的上年数字只能在表格的单元格地址下', () => {
    const doc = JSON.parse(serializeReport(rollOver(consistentReport())));
    doc.report.lastYear.cells['sec9.nowhere'] = 3;
    expect(failure(JSON.stringify(doc)).message).toContain('上年数据 · 表格 · 表格中的一个单元格：不是表格中的单元格地址');
  });

  it('缺少迁移步骤时报错而不是静默通过', () => {
    expect(() => migrate({}, 0, 1)).toThrow('no migration from version 0');
  });
});
