import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../../shared/file/codec.ts';
import type { Report } from '../../shared/report/model.ts';
import { sec2Address, sec3Address } from '../../shared/schema/index.ts';
import { withComputedTotals } from '../../shared/report/totals.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { runCli as run } from '../../test/fixtures/cli.ts';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { CORPUS } from '../../test/fixtures/corpus.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { SEVERITY_FILL } from '../batch/review-xlsx.ts';

const tmp = useTempDir('nianbao-batch-');

function unit(name: string, year = 2026): Report {
  const r = consistentReport();
  r.unit.name = name;
  r.year = year;
  return r;
}

/** Last year's report, consistent in itself, that carried 5 applications forward (this year's says 1 came over). */
function carrying5(name: string): Report {
  const r = unit(name, 2025);
  r.cells[sec3Address('carriedForward', 0)] = cellFromNumber(5);
  r.cells[sec3Address('newReceived', 0)] = cellFromNumber(16);
  // 行政许可 was 10000 last year, 1520 this year: under a fifth, a note for the district.
  r.cells[sec2Address('licensing')] = cellFromNumber(10000);
  r.cells = withComputedTotals({ ...r, autoTotals: { sec3: true, sec4: true } });
  return r;
}

interface Entry {
  file: string;
  unit: string | null;
  year: number | null;
  findings: { rule: string; severity: string; message: string }[];
}

/** A district folder: two good units (one with last year's report beside it), one with a table error, a text report, a damaged file. */
async function district(dir: string): Promise<void> {
  await mkdir(join(dir, '乡镇', '.nianbao'), { recursive: true });
  await writeFile(join(dir, '乡镇', '青石镇.nianbao'), serializeReport(unit('示例县青石镇人民政府')));
  // Last year the unit carried 5 forward; this year's report says it took over 1.
  const last = carrying5('示例县青石镇人民政府');
  await writeFile(join(dir, '乡镇', '青石镇2025.nianbao'), serializeReport(last));
  const broken = unit('示例县白沙镇人民政府');
  broken.cells[sec3Address('granted', 0)] = cellFromNumber(7);
  await writeFile(join(dir, '乡镇', '白沙镇.nianbao'), serializeReport(broken));
  await writeFile(join(dir, '乡镇', '.nianbao', 'backup.nianbao'), 'not read');
  await copyFile(join(CORPUS, '000_5087c93da9e13ba9.txt'), join(dir, '西工区.txt'));
  await writeFile(join(dir, '坏文件.nianbao'), '{"format":"nianbao","version":1,');
  await writeFile(join(dir, '说明.xlsx'), 'not a report');
}

describe('nianbao check 文件夹', () => {
  it('每份报告一项，上年报告配对，无法读取的文件单列，退出码 1', async () => {
    await district(tmp.path);
    const r = await run('check', tmp.path, '--json');
    expect(r.code).toBe(1);
    const { reports } = JSON.parse(r.out) as { reports: Entry[] };
    expect(reports.map((e) => e.file)).toEqual(['坏文件.nianbao', '西工区.txt', '乡镇/白沙镇.nianbao', '乡镇/青石镇.nianbao', '乡镇/青石镇2025.nianbao']);
    const by = Object.fromEntries(reports.map((e) => [e.file, e]));
    expect(by['坏文件.nianbao']).toMatchObject({ unit: null, year: null });
    expect(by['坏文件.nianbao']!.findings).toEqual([expect.objectContaining({ rule: 'unreadable', severity: 'error' })]);
    expect(by['坏文件.nianbao']!.findings[0]!.message).toContain('已损坏或不是年报文件');
    expect(by['乡镇/白沙镇.nianbao']!.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain('sec3-row-sums');
    expect(by['乡镇/青石镇.nianbao']).toMatchObject({ unit: '示例县青石镇人民政府', year: 2026, lastFile: '乡镇/青石镇2025.nianbao' });
    expect(by['乡镇/青石镇.nianbao']!.findings.map((f) => f.rule)).toContain('cross-year-carried-over');
    expect(by['乡镇/青石镇.nianbao']!.findings.filter((f) => f.severity === 'note')).toEqual([
      expect.objectContaining({ rule: 'year-on-year', message: expect.stringContaining('本年 1520，上年（2025年）10000，不到上年的五分之一') }),
    ]);
    expect(by['乡镇/青石镇2025.nianbao']!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(by['西工区.txt']).toMatchObject({ unit: '西工区人民政府', year: 2024 });
    expect(r.err).toContain('正在读取 5/5');
  });

  it('表格输出：每个文件一行，列出错误、警告数与问题', async () => {
    await district(tmp.path);
    const r = await run('check', tmp.path);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^文件\s+单位\s+年度\s+错误\s+警告\s+问题$/);
    expect(lines.find((l) => l.startsWith('乡镇/青石镇.nianbao'))).toMatch(/示例县青石镇人民政府\s+2026\s+0\s+\d+/);
    expect(lines.find((l) => l.startsWith('坏文件.nianbao'))).toMatch(/—\s+—\s+1\s+0\s+✗ 错误/);
    expect(lines.at(-1)).toBe('共 5 个文件：2 个有错误（其中 1 个无法读取），3 个无错误。');
  });

  it('--last 文件夹提供上年报告', async () => {
    await mkdir(join(tmp.path, 'this'));
    await mkdir(join(tmp.path, 'last'));
    await writeFile(join(tmp.path, 'this', 'a.nianbao'), serializeReport(unit('示例县红河乡人民政府')));
    const last = carrying5('示例县红河乡人民政府');
    await writeFile(join(tmp.path, 'last', 'a.nianbao'), serializeReport(last));
    const without = JSON.parse((await run('check', join(tmp.path, 'this'), '--json')).out) as { reports: Entry[] };
    expect(without.reports[0]!.findings.map((f) => f.rule)).not.toContain('cross-year-carried-over');
    const r = await run('check', join(tmp.path, 'this'), '--last', join(tmp.path, 'last'), '--json');
    expect(r.code).toBe(0);
    const { reports } = JSON.parse(r.out) as { reports: Entry[] };
    expect(reports).toHaveLength(1);
    expect(reports[0]!.findings.map((f) => f.rule)).toContain('cross-year-carried-over');
  });

  it('空文件夹退出码 0；文件夹无法读取时退出码 2', async () => {
    expect((await run('check', tmp.path)).code).toBe(0);
    const missing = await run('check', tmp.path, '--last', join(tmp.path, '没有'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('找不到文件夹');
  });

  it('名为“x.nianbao”的文件夹且其中没有年报：说明它是文件夹，退出码 2（issue #26 情形 8）', async () => {
    await mkdir(join(tmp.path, 'x.nianbao'));
    const r = await run('check', join(tmp.path, 'x.nianbao'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('“x.nianbao”是文件夹，不是年报文件');
  });

  it('--xlsx 写出可筛选的问题清单，按单位最严重的问题着色', async () => {
    await district(tmp.path);
    const out = join(tmp.path, '审核结果.xlsx');
    const r = await run('check', tmp.path, '--xlsx', out);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('审核结果')!;
    expect(ws.autoFilter).toBeTruthy();
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['文件', '单位', '年度', '错误', '警告', '类别', '问题', '单元格']);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const fillOf = (file: string) =>
      ws.getRows(2, ws.rowCount - 1)!.filter((row) => row.getCell(1).value === file).map((row) => (row.getCell(7).fill as { fgColor?: { argb?: string } }).fgColor?.argb);
    expect(new Set(fillOf('乡镇/白沙镇.nianbao'))).toEqual(new Set([SEVERITY_FILL.error]));
    expect(new Set(fillOf('坏文件.nianbao'))).toEqual(new Set([SEVERITY_FILL.error]));
    expect(rows.filter((row) => row[1] === '乡镇/白沙镇.nianbao').map((row) => row[6])).toContain('错误');
    // Every finding of the JSON is one row of the sheet.
    const json = JSON.parse((await run('check', tmp.path, '--json')).out) as { reports: Entry[] };
    const findings = json.reports.reduce((n, e) => n + Math.max(1, e.findings.length), 0);
    expect(rows.length).toBe(findings);
    // The spreadsheet is never one of the reports, and is not overwritten without --force.
    const again = await run('check', tmp.path, '--xlsx', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('已存在');
    expect((await run('check', tmp.path, '--xlsx', out, '--force')).code).toBe(1);
    expect((await run('check', tmp.path, '--xlsx', join(tmp.path, 'x.csv'))).err).toContain('扩展名应为 .xlsx');
  });
});
