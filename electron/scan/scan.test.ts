/**
 * Reading scans of our own exported report (docs/format.md's three tables): rasterized at 150, 200 and
 * 300 dpi and damaged as scanners and clerks damage them. Every number is either read exactly or flagged
 * beside its crop; none is wrong and unflagged. Slow (OCR of every cell): few cases, each a whole page set.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import { importFile } from '../../shared/import/index.ts';
import type { Report } from '../../shared/report/model.ts';
import { renderExport } from '../export/index.ts';
import { rasterize } from '../../test/export/poppler.ts';
import { damage, photo, scanPdf, toJpeg, toPng } from '../../test/fixtures/scan-build.ts';
import { runCli } from '../../test/fixtures/cli.ts';
import { ORIGINALS } from '../../test/fixtures/corpus.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { importScan } from './index.ts';

const SLOW = 600_000;
let pdf: Uint8Array;
let truth: Report;
/** The six pages at 150 dpi, grey, 1.2° off, JPEG at quality 70: the common scanner's PDF. */
let scan150: Uint8Array;

beforeAll(async () => {
  truth = sampleReport();
  pdf = (await renderExport(truth, 'pdf')).bytes;
  scan150 = scanPdf(pdf, 150, { rotate: 1.2, quality: 70 });
}, SLOW);

/** Cells read exactly, and those read wrong that no flag shows. */
function score(label: string, got: Awaited<ReturnType<typeof importScan>>) {
  const flagged = new Set(got.flags.flatMap((f) => (f.cell ? [f.cell] : [])));
  const cells = Object.entries(truth.cells);
  const wrong = cells.filter(([a, c]) => got.report.cells[a]?.raw !== c.raw);
  const silent = wrong.filter(([a]) => !flagged.has(a)).map(([a, c]) => `${a}: ${c.raw} → ${got.report.cells[a]?.raw ?? '（空）'}`);
  const exact = (cells.length - wrong.length) / cells.length;
  console.log(`${label}: ${cells.length - wrong.length}/${cells.length} 格识别准确（${(exact * 100).toFixed(1)}%），标记待核对 ${flagged.size} 格，错而未标记 ${silent.length} 格`);
  return { exact, silent, flagged };
}

describe('扫描件：表格的每个数字或者识别准确，或者标出并附原件截图', () => {
  it('150 dpi 灰度、倾斜 1.2°、JPEG 压缩的六页扫描 PDF：单位、年度、表格', async () => {
    const pages: number[] = [];
    const got = await importScan(scan150, '白沙镇年报扫描件.pdf', { onProgress: (p) => pages.push(p.page) });
    expect(pages).toEqual([1, 2, 3, 4, 5, 6]);
    expect(got.report.unit.name).toBe(truth.unit.name);
    expect(got.report.year).toBe(truth.year);
    const { exact, silent } = score('150 dpi 倾斜 1.2°', got);
    expect(silent).toEqual([]);
    expect(exact).toBeGreaterThanOrEqual(0.98);
    // Each number read from the scan and shown to the clerk comes with the crop of its cell.
    const shown = got.flags.filter((f) => f.cell && f.reason.startsWith('扫描件'));
    expect(shown.length).toBeGreaterThan(0);
    for (const f of shown) {
      const png = PNG.sync.read(Buffer.from(f.crop!.replace('data:image/png;base64,', ''), 'base64'));
      // A table cell at 150 dpi: some 20–120 pixels high, and at least 40 wide (table 四's narrow columns are about square).
      expect(png.width).toBeGreaterThan(40);
      expect(png.height).toBeGreaterThan(20);
      expect(png.height).toBeLessThan(120);
    }
  }, SLOW);

  it('200 dpi 彩色、模糊、红色印章压在表三上、倾斜 −0.7° 的 PNG 图片（表三所在的一页）', async () => {
    // Page 4 holds the whole of table 三, whose sums confirm every number there.
    const page = damage(rasterize(pdf, 200, false)[3]!, { rotate: -0.7, blur: 1, stamp: true });
    const got = await importScan(toPng(page), '第4页.png');
    const sec3 = Object.keys(truth.cells).filter((a) => a.startsWith('sec3'));
    const wrong = sec3.filter((a) => got.report.cells[a]?.raw !== truth.cells[a]!.raw);
    const flagged = new Set(got.flags.flatMap((f) => (f.cell ? [f.cell] : [])));
    console.log(`200 dpi 印章、模糊：表三 ${sec3.length - wrong.length}/${sec3.length} 格准确`);
    expect(wrong.filter((a) => !flagged.has(a))).toEqual([]);
    expect((sec3.length - wrong.length) / sec3.length).toBeGreaterThanOrEqual(0.98);
    // Cells of tables not on this page have nothing to show; those read from it all do.
    expect(got.flags.filter((f) => f.cell?.startsWith('sec3')).every((f) => f.crop?.startsWith('data:image/png;base64,'))).toBe(true);
  }, SLOW);

  it('300 dpi、倾斜 2°、JPEG 图片：表三、表四所在页', async () => {
    const page = rasterize(pdf, 300).slice(3, 4).map((p) => damage(p, { rotate: 2 }))[0]!;
    const got = await importScan(toJpeg(page, 80), '第4页.jpg');
    const sec3 = Object.keys(truth.cells).filter((a) => a.startsWith('sec3'));
    const wrong = sec3.filter((a) => got.report.cells[a]?.raw !== truth.cells[a]!.raw);
    const flagged = new Set(got.flags.flatMap((f) => (f.cell ? [f.cell] : [])));
    console.log(`300 dpi 倾斜 2°：表三 ${sec3.length - wrong.length}/${sec3.length} 格准确`);
    expect(wrong.filter((a) => !flagged.has(a))).toEqual([]);
    expect((sec3.length - wrong.length) / sec3.length).toBeGreaterThanOrEqual(0.98);
  }, SLOW);

  it('手机照片（梯形透视、光线不匀）：读出的数字都已核对或标出；拍得太斜太暗的拒绝并说明原因', async () => {
    const page = rasterize(pdf, 200)[3]!;
    const mild = await importScan(toJpeg(photo(page, 0.02, 0.85), 85), '手机照片.jpg');
    const flagged = new Set(mild.flags.flatMap((f) => (f.cell ? [f.cell] : [])));
    const read = Object.keys(truth.cells).filter((a) => mild.report.cells[a]?.raw !== undefined);
    const silent = read.filter((a) => mild.report.cells[a]!.raw !== truth.cells[a]!.raw && !flagged.has(a));
    console.log(`手机照片（轻度透视）：读出 ${read.length} 格，错而未标记 ${silent.length} 格`);
    expect(read.length).toBeGreaterThan(100);
    expect(silent).toEqual([]);
    const e = await importScan(toJpeg(photo(page, 0.06, 0.55), 85), '歪斜照片.jpg').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toContain('手机照片');
  }, SLOW);

  it('已发布报告的原件扫描（洪泽区 2023、淮安市 2024，150 dpi、倾斜 0.6°）：没有错而未标记的数字，至少 98% 准确（淮安表二的浅蓝底色行、表三单独的浅灰「2」也读出）', async () => {
    for (const name of ['102_hongze_2023', '101_huaian_2024']) {
      const original = new Uint8Array(readFileSync(join(ORIGINALS, `${name}.pdf`)));
      const text = (await importFile(`${name}.pdf`, original)).report;
      const got = await importScan(scanPdf(original, 150, { rotate: 0.6, quality: 80 }), `${name}-扫描.pdf`);
      const flagged = new Set(got.flags.flatMap((f) => (f.cell ? [f.cell] : [])));
      const cells = Object.entries(text.cells);
      const exact = cells.filter(([a, c]) => got.report.cells[a]?.raw === c.raw).length;
      const silent = cells.filter(([a, c]) => got.report.cells[a]?.raw !== c.raw && !flagged.has(a)).map(([a]) => a);
      console.log(`${name} 扫描件：${exact}/${cells.length} 格与文字层读取一致（${((exact / cells.length) * 100).toFixed(1)}%），错而未标记 ${silent.length} 格`);
      expect(silent).toEqual([]);
      expect(exact / cells.length).toBeGreaterThanOrEqual(0.98);
      if (name === '101_huaian_2024') {
        // 表三 自然人 不予公开 第 1 项: a lone light-grey 「2」 in a wide cell, its faint top and foot under the ink threshold.
        for (const a of ['sec3.rows.denied_1[0]', 'sec3.rows.denied_1[6]']) expect(got.report.cells[a]?.raw, a).toBe(text.cells[a]?.raw);
      }
    }
  }, SLOW);

  it('命令行 nianbao import 扫描件.pdf --json：标准错误输出逐页进度，JSON 中是表格的数字', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-scan-cli-'));
    try {
      const file = join(dir, '白沙镇年报扫描件.pdf');
      writeFileSync(file, scan150);
      const { code, out, err } = await runCli('import', file, '--json');
      expect(code).toBe(0);
      expect(err.split('\n').filter((l) => l.startsWith('正在识别扫描件'))).toEqual([1, 2, 3, 4, 5, 6].map((k) => `正在识别扫描件：第 ${k} / 6 页`));
      const json = JSON.parse(out) as { unit: string; sec3: { rows: Record<string, number[]> } };
      expect(json.unit).toBe(truth.unit.name);
      expect(json.sec3.rows.total).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => truth.cells[`sec3.rows.total[${c}]`]!.value));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);
});
