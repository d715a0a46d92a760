/**
 * Several images at once are the pages of one report, in the order given: the CLI's import, new --from
 * and check, and reportFromFiles (the app's open of several uploads). A selection mixing images with
 * anything else is refused, with the Chinese message, before any page is read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import { renderExport } from '../export/index.ts';
import { pagesName, reportFromFiles } from '../files/read-report.ts';
import { rasterize } from '../../test/export/poppler.ts';
import { damage, toPng } from '../../test/fixtures/scan-build.ts';
import { runCli } from '../../test/fixtures/cli.ts';
import { sampleReport } from '../../test/fixtures/sample-report.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';

const SLOW = 600_000;
const tmp = useTempDir('nianbao-pages-');
const truth = sampleReport();
/** The sample report's six pages, each scanned to its own PNG at 150 dpi, slightly turned. */
let pngs: Uint8Array[] = [];

beforeAll(async () => {
  const pdf = (await renderExport(truth, 'pdf')).bytes;
  pngs = rasterize(pdf, 150).map((p, i) => toPng(damage(p, { rotate: i % 2 ? 0.6 : -0.8 })));
}, SLOW);

function pageFiles(): string[] {
  return pngs.map((bytes, i) => {
    const path = join(tmp.path, `第${i + 1}页.png`);
    writeFileSync(path, bytes);
    return path;
  });
}

describe('多张图片作为同一份报告的各页，按给出的顺序读取', () => {
  it('nianbao import 第1页.png … 第6页.png：逐页报告进度，读出单位、年度和表格', async () => {
    const { code, out, err } = await runCli('import', ...pageFiles(), '--json');
    expect(err.match(/第 \d+ \/ 6 页/g)).toEqual([1, 2, 3, 4, 5, 6].map((k) => `第 ${k} / 6 页`));
    expect(code).toBe(0);
    const got = JSON.parse(out) as { unit: string; year: number; sec3: { rows: Record<string, number[]> } };
    expect(got.unit).toBe(truth.unit.name);
    expect(got.year).toBe(truth.year);
    // Table 三 is on a later page: every page was read, not only the first.
    expect(got.sec3.rows.total).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => truth.cells[`sec3.rows.total[${c}]`]!.value));
  }, SLOW);

  it('reportFromFiles：页的顺序是给出的顺序（进度与之相同），名称说明共几张图片', async () => {
    const seen: number[] = [];
    const files = pngs.map((bytes, i) => ({ bytes, name: `第${i + 1}页.png` }));
    const opened = await reportFromFiles(files, { onProgress: (p) => seen.push(p.page * 10 + p.pages) });
    expect(seen).toEqual([16, 26, 36, 46, 56, 66]);
    expect(opened.report.unit.name).toBe(truth.unit.name);
    expect(opened.kind).not.toBe('nianbao');
    expect(pagesName(files.map((f) => f.name))).toBe('第1页.png等 6 张图片');
  }, SLOW);

  it('图片与 Word 文件混在一起：不读取任何一页，中文说明只能选同一份报告各页的图片', async () => {
    const files = [
      { bytes: pngs[0]!, name: '第1页.png' },
      { bytes: new Uint8Array(Buffer.from('PK\u0003\u0004 not really a docx')), name: '上年报告.docx' },
    ];
    const seen: number[] = [];
    const e = await reportFromFiles(files, { onProgress: (p) => seen.push(p.page) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toContain('只能是同一份报告各页的图片');
    expect((e as FileError).message).toContain('“上年报告.docx”不是图片');
    expect(seen).toEqual([]);
  });

  it('命令行：import、new --from、check 对混合的文件给出同样的说明（退出码 2）；多个文件不能用 -', async () => {
    const png = join(tmp.path, '第1页.png');
    writeFileSync(png, pngs[0]!);
    const txt = join(tmp.path, '报告.txt');
    writeFileSync(txt, '某某镇人民政府2024年政府信息公开工作年度报告');
    for (const argv of [
      ['import', png, txt, '--json'],
      ['new', '--from', png, '--from', txt, '-o', join(tmp.path, 'out.nianbao')],
      ['check', png, txt],
    ]) {
      const r = await runCli(...argv);
      expect(r.code, argv[0]).toBe(2);
      expect(r.err, argv[0]).toContain('“报告.txt”不是图片');
    }
    const dash = await runCli('import', png, '-', '--json');
    expect(dash.code).toBe(2);
    expect(dash.err).toContain('多个文件时不能用 - 从标准输入读取');
  });

  it('空图片文件在多页中也有自己的说明', async () => {
    const e = await reportFromFiles([
      { bytes: pngs[0]!, name: '第1页.png' },
      { bytes: new Uint8Array(0), name: '第2页.png' },
    ]).catch((x: unknown) => x);
    expect((e as FileError).message).toBe('“第2页.png”是空文件');
  });

  it('帮助说明多张图片按给出的顺序作为各页', async () => {
    for (const cmd of ['import', 'check']) {
      const r = await runCli(cmd, '--help');
      expect(r.out + r.err, cmd).toContain('按命令行中的先后顺序作为同一份报告的第 1、2、3… 页读取');
    }
    const r = await runCli('new', '--help');
    expect(r.out + r.err).toContain('按各 --from 的先后顺序作为第 1、2、3… 页读取');
  });
});
