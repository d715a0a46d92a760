import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipEntry } from '../../../test/export/zip.ts';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../test/fixtures/temp-dir.ts';
import { serializeReport } from '../../../shared/file/codec.ts';
import type { Report } from '../../../shared/report/model.ts';
import { SEC3_CORNER_NOTE, sec3Address } from '../../../shared/schema/index.ts';
import { sampleReport } from '../../../test/fixtures/sample-report.ts';
import { runCli as run } from '../../../test/fixtures/cli.ts';

const tmp = useTempDir('nianbao-export-cli-');

async function save(report: Report): Promise<string> {
  const p = join(tmp.path, 'report.nianbao');
  await writeFile(p, serializeReport(report));
  return p;
}

describe('nianbao export', () => {
  it('writes the DOCX and the PDF and says which fonts it used', async () => {
    const file = await save(sampleReport());
    const r = await run('export', file, '--docx', join(tmp.path, 'out.docx'), '--pdf', join(tmp.path, 'out.pdf'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('已导出 PDF');
    // One line each: the PDF's fonts (official or which stand-ins), the DOCX's named fonts.
    expect(r.out).toMatch(/(使用本机官方字体|已用替代字体)：.*(仿宋|思源宋体)/);
    expect(r.out).toMatch(/文件中写明官方字体（.*仿宋_GB2312.*）/);
    const docx = await readFile(join(tmp.path, 'out.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(execFileSync('pdftotext', [join(tmp.path, 'out.pdf'), '-'], { encoding: 'utf8' })).toContain('示例县白沙镇人民政府');
  }, 60_000);

  it('refuses a report with errors, listing them, unless --force', async () => {
    const r0 = sampleReport();
    r0.cells[sec3Address('granted', 0)] = { raw: '99', value: 99 };
    r0.autoTotals = { sec3: false, sec4: false };
    const file = await save(r0);
    const out = join(tmp.path, 'out.pdf');
    const refused = await run('export', file, '--pdf', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('未导出');
    expect(refused.err).toContain('✗ 错误');
    expect(refused.err).toContain('--force');
    expect(existsSync(out)).toBe(false);
    const forced = await run('export', file, '--pdf', out, '--force');
    expect(forced.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  }, 60_000);

  it('refuses characters it cannot print, naming them and where they stand, unless --force', async () => {
    const r0 = sampleReport();
    r0.sections.overview.paragraphs[0]!.text = '本年度\uffff共收到申请。';
    const file = await save(r0);
    const out = join(tmp.path, 'u.docx');
    const refused = await run('export', file, '--docx', out);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('U+FFFF：一、总体情况 第1段');
    expect(existsSync(out)).toBe(false);
    const forced = await run('export', file, '--docx', out, '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('U+FFFF');
    expect(zipEntry(await readFile(out), 'word/document.xml')).toContain('本年度共收到申请。');
  }, 60_000);

  it('asks about empty cells: fill them, confirm zeros with --zero, or --force', async () => {
    const r0 = sampleReport();
    delete r0.cells[sec3Address('denied_1', 1)];
    const file = await save(r0);
    const refused = await run('export', file, '--docx', join(tmp.path, 'a.docx'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('未填写');
    expect(refused.err).toContain('--zero');
    const zero = await run('export', file, '--docx', join(tmp.path, 'a.docx'), '--zero');
    expect(zero.code).toBe(0);
  }, 60_000);

  it('refuses a table whose numbers cannot be printed whole, writing neither file', async () => {
    const r0 = sampleReport();
    r0.autoTotals = { sec3: false, sec4: false };
    for (let i = 0; i < 15; i++) r0.cells[`sec4[${i}]`] = { raw: '123456789', value: 123456789 };
    const file = await save(r0);
    const docx = join(tmp.path, 'wide.docx');
    const pdf = join(tmp.path, 'wide.pdf');
    const refused = await run('export', file, '--docx', docx, '--pdf', pdf, '--force');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/未导出：第四部分的表格中的数字太长（如“123456789”）/);
    expect(existsSync(docx) || existsSync(pdf)).toBe(false);
  }, 60_000);

  it('keeps every table whole with --whole-tables (表格不跨页), where it would otherwise run on', async () => {
    const r0 = sampleReport();
    // A shorter 总体情况 leaves most of a page below table 二: table 三 starts there and runs on.
    r0.sections.overview.paragraphs = r0.sections.overview.paragraphs.slice(0, 5);
    const file = await save(r0);
    const pagesWithCorner = async (...flags: string[]) => {
      const out = join(tmp.path, `t${flags.length}.pdf`);
      expect((await run('export', file, '--pdf', out, '--force', ...flags)).code).toBe(0);
      const pages = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).split('\f');
      return pages.filter((p) => p.replace(/\s/g, '').includes(SEC3_CORNER_NOTE)).length;
    };
    expect(await pagesWithCorner()).toBe(2);
    expect(await pagesWithCorner('--whole-tables')).toBe(1);
  }, 60_000);

  it('needs an output', async () => {
    const r = await run('export', await save(sampleReport()));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--docx 或 --pdf');
  });
});
