import { link, mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../../shared/file/codec.ts';
import { reportToFacts } from '../../shared/report/facts.ts';
import type { Report } from '../../shared/report/model.ts';
import { withComputedTotals } from '../../shared/report/totals.ts';
import { sec2Address, sec3Address } from '../../shared/schema/index.ts';
import { cellFromNumber } from '../../shared/values/parse.ts';
import { zipEntry } from '../../test/export/zip.ts';
import { runCli as run } from '../../test/fixtures/cli.ts';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';

const tmp = useTempDir('nianbao-sum-');

/** A made-up unit whose tables add up, with `k` more applications granted to companies and its own counts. */
function unit(name: string, k: number, year = 2026): Report {
  const r = consistentReport();
  r.unit.name = name;
  r.year = year;
  r.cells[sec2Address('licensing')] = cellFromNumber(100 * k);
  r.cells[sec2Address('normativeDocs', 'effective')] = cellFromNumber(k);
  r.cells[sec3Address('newReceived', 1)] = cellFromNumber(3 + k);
  r.cells[sec3Address('granted', 1)] = cellFromNumber(2 + k);
  r.cells = withComputedTotals({ ...r, autoTotals: { sec3: true, sec4: true } });
  return r;
}

const UNITS = [unit('示例区甲街道办事处', 1), unit('示例区乙镇人民政府', 2), unit('示例区丙局', 3)];

/** The units' folder inside the test's temp folder, so outputs can sit beside it. */
async function district(): Promise<string> {
  const dir = join(tmp.path, 'units');
  await mkdir(join(dir, '街道'), { recursive: true });
  await writeFile(join(dir, '街道', '甲.nianbao'), serializeReport(UNITS[0]!));
  await writeFile(join(dir, '乙.nianbao'), serializeReport(UNITS[1]!));
  await writeFile(join(dir, '丙.nianbao'), serializeReport(UNITS[2]!));
  await writeFile(join(dir, '丙（重复）.nianbao'), serializeReport(unit('示例区丙局', 9)));
  await writeFile(join(dir, '乙2025.nianbao'), serializeReport(unit('示例区乙镇人民政府', 5, 2025)));
  await writeFile(join(dir, '坏.nianbao'), '{"format":');
  return dir;
}

type Row = (number | null)[];

/** The expected sum, added up here without the code under test. */
function expectedSum(reports: Report[]) {
  const facts = reports.map(reportToFacts);
  const add = (rows: Row[]) => rows[0]!.map((_, i) => rows.reduce((s, r) => s + (r[i] ?? 0), 0));
  return {
    total: add(facts.map((f) => f.sec3.rows.total!)),
    granted: add(facts.map((f) => f.sec3.rows.granted!)),
    sec4: add(facts.map((f) => f.sec4)),
    licensing: facts.reduce((s, f) => s + f.sec2.licensing!, 0),
    effective: facts.reduce((s, f) => s + f.sec2.normativeDocs.effective!, 0),
    fees: facts.reduce((s, f) => s + f.sec2.fees!, 0),
  };
}

describe('nianbao sum', () => {
  it('--json：同一年度各单位逐格相加，列出计入与未计入的文件及原因', async () => {
    const dir = await district();
    const r = await run('sum', dir, '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    const want = expectedSum(UNITS);
    expect(out.year).toBe(2026);
    expect(out.sec3.rows.total).toEqual(want.total);
    expect(out.sec3.rows.granted).toEqual(want.granted);
    expect(out.sec4).toEqual(want.sec4);
    expect(out.sec2.licensing).toBe(want.licensing);
    expect(out.sec2.normativeDocs.effective).toBe(want.effective);
    expect(out.sec2.fees).toBeCloseTo(want.fees, 6);
    expect(out.included.map((i: { file: string }) => i.file).sort()).toEqual(['丙.nianbao', '乙.nianbao', '街道/甲.nianbao'].sort());
    const reasons = Object.fromEntries(out.excluded.map((e: { file: string; reason: string }) => [e.file, e.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['丙（重复）.nianbao', '乙2025.nianbao', '坏.nianbao'].sort());
    expect(reasons['丙（重复）.nianbao']).toContain('同一单位');
    expect(reasons['乙2025.nianbao']).toContain('2025年度');
    expect(reasons['坏.nianbao']).toContain('已损坏');
  });

  it('--year 选择年度', async () => {
    const dir = await district();
    const out = JSON.parse((await run('sum', dir, '--year', '2025', '--json')).out);
    expect(out.included.map((i: { file: string }) => i.file)).toEqual(['乙2025.nianbao']);
    expect(out.sec3.rows.total).toEqual(expectedSum([unit('示例区乙镇人民政府', 5, 2025)]).total);
  });

  it('有单位的表格有错误时不汇总，--force 时汇总', async () => {
    const dir = await district();
    const wrong = unit('示例区丁乡人民政府', 1);
    wrong.cells[sec3Address('granted', 0)] = cellFromNumber(99);
    await writeFile(join(dir, '丁.nianbao'), serializeReport(wrong));
    const target = join(tmp.path, 'sum.nianbao');
    const refused = await run('sum', dir, '-o', target);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('丁.nianbao（示例区丁乡人民政府）的表格有错误');
    expect(refused.err).toContain('--force');
    expect(await stat(target).catch(() => null)).toBeNull();
    const forced = await run('sum', dir, '--force', '--json');
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.out).included).toHaveLength(4);
  });

  it('-o 写出 .nianbao：汇总表本身勾稽相符；已存在时需 --force，不能写入汇总的文件夹', async () => {
    const dir = await district();
    const outDir = tmp.path;
    const target = join(outDir, '汇总.nianbao');
    const r = await run('sum', dir, '-o', target, '--unit', '示例区');
    expect(r.code).toBe(0);
    expect(r.out).toContain('计入 3 个单位');
    const checked = await run('check', target, '--json');
    expect(JSON.parse(checked.out).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const facts = JSON.parse((await run('import', target, '--json')).out);
    expect(facts.unit).toBe('示例区');
    expect(facts.sec3.rows.total).toEqual(expectedSum(UNITS).total);
    expect((await run('sum', dir, '-o', target)).err).toContain('已存在');
    expect((await run('sum', dir, '-o', join(dir, 's.nianbao'))).err).toContain('不能放在要汇总的文件夹中');
    expect((await run('sum', dir, '-o', join(outDir, 's.pdf'))).code).toBe(2);
  });

  it('--force 也不覆盖要汇总的文件：经链接进入该文件夹的输出路径、链接或硬链接到输出文件的单位文件（issue #26 情形 2）', async () => {
    const dir = await district();
    const before = await readFile(join(dir, '乙.nianbao'), 'utf8');
    // The output path reaches the units' folder through a symbolic link to it.
    await symlink(dir, join(tmp.path, 'unitslink'));
    const viaLink = await run('sum', dir, '-o', join(tmp.path, 'unitslink', '乙.nianbao'), '--force');
    expect(viaLink.code).toBe(2);
    expect(viaLink.err).toMatch(/不能放在要汇总的文件夹中|不能覆盖/);
    // A unit's file is a link to the output, which lies outside the folder.
    const outside = join(tmp.path, '外部.nianbao');
    await writeFile(outside, serializeReport(unit('示例区戊局', 4)));
    const kept = await readFile(outside, 'utf8');
    await symlink(outside, join(dir, '戊.nianbao'));
    const linked = await run('sum', dir, '-o', outside, '--force');
    expect(linked.code).toBe(2);
    expect(linked.err).toContain('不能覆盖');
    expect(await readFile(outside, 'utf8')).toBe(kept);
    // A hard link: another name, the same file.
    const hard = join(tmp.path, '硬链接.nianbao');
    await link(join(dir, '丙.nianbao'), hard);
    expect((await run('sum', dir, '-o', hard, '--force')).err).toContain('不能覆盖');
    expect(await readFile(join(dir, '乙.nianbao'), 'utf8')).toBe(before);
  }, 30_000);

  it('-o 写出 .xlsx：每个单元格一行，另列文件清单', async () => {
    const dir = await district();
    const target = join(tmp.path, 'sum.xlsx');
    expect((await run('sum', dir, '-o', target)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(target);
    const rows = wb.getWorksheet('汇总')!.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(200);
    const licensing = rows.find((row) => row[4] === sec2Address('licensing'))!;
    expect(licensing[3]).toBe(expectedSum(UNITS).licensing);
    const files = wb.getWorksheet('文件')!.getSheetValues().slice(2) as unknown[][];
    expect(files.filter((row) => row[2] === '未计入')).toHaveLength(3);
  });

  it('-o 写出 .docx：标准版式的汇总报告，读回来就是汇总的数字，开头列出计入的单位', async () => {
    const dir = await district();
    const target = join(tmp.path, '汇总.docx');
    const r = await run('sum', dir, '-o', target, '--unit', '示例区');
    expect(r.code).toBe(0);
    const facts = JSON.parse((await run('import', target, '--json')).out);
    const want = expectedSum(UNITS);
    expect(facts.sec3.rows.total).toEqual(want.total);
    expect(facts.sec4).toEqual(want.sec4);
    expect(facts.sec2.licensing).toBe(want.licensing);
    // The text as Word shows it: numbers stand in runs of their own.
    const text = zipEntry(await readFile(target), 'word/document.xml').replace(/<[^>]+>/g, '');
    for (const u of UNITS) expect(text).toContain(u.unit.name);
    expect(text).toContain('由以下3个单位');
  });

  it('文件夹无法读取：退出码 2', async () => {
    const r = await run('sum', join(tmp.path, '没有'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('找不到文件夹');
  });
});
