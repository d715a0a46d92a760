/**
 * What is no scan of a report gets a clear Chinese message, soon and without filling memory: an empty
 * image, an image whose header claims 20,000 × 20,000 pixels, a picture with no table or title, and a
 * PDF of 300 blank pages.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import { importFile } from '../../shared/import/index.ts';
import { imagePdf, toJpeg } from '../../test/fixtures/scan-build.ts';
import { reportFromBytes } from '../files/read-report.ts';
import { engineLoadMessage, importScan } from './index.ts';

async function refusal(p: Promise<unknown>): Promise<FileError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FileError);
  return e as FileError;
}

/** A PNG header (signature and IHDR) that claims a size, with no pixels after it. */
function pngHeader(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b[24] = 8;
  b[25] = 6;
  return new Uint8Array(b);
}

function blankPage(w: number, h: number, paint?: (x: number, y: number) => number) {
  const rgba = new Uint8Array(w * h * 4).fill(255);
  if (paint) for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) rgba.fill(paint(x, y), (y * w + x) * 4, (y * w + x) * 4 + 3);
  return { width: w, height: h, rgba };
}

describe('扫描件读取：不是年报扫描件的文件给出明确的中文提示', () => {
  it('0 字节的图片：是空文件', async () => {
    expect((await refusal(importScan(new Uint8Array(0), '扫描.png'))).message).toBe('“扫描.png”是空文件');
    expect((await refusal(reportFromBytes(new Uint8Array(0), '扫描.jpg'))).message).toContain('空');
  });

  it('声称 20000 × 20000 像素的图片：读图头即拒绝，不解码', async () => {
    const before = process.memoryUsage().rss;
    const e = await refusal(importScan(pngHeader(20000, 20000), '大图.png'));
    expect(e.message).toContain('20000 × 20000 像素');
    expect(e.message).toContain('150–300 dpi');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('损坏的图片：可能已损坏', async () => {
    const png = pngHeader(800, 1100);
    expect((await refusal(importScan(png, '残缺.png'))).message).toContain('损坏');
    expect((await refusal(importScan(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0]), '残缺.jpg'))).message).toContain('损坏');
  });

  it('不是年报的图片（一张风景般的渐变图）：没有识别到年度报告的标题或表格', async () => {
    const page = blankPage(620, 877, (x, y) => Math.round(((x + y) / (620 + 877)) * 200) + 30);
    const png = new PNG({ width: page.width, height: page.height });
    png.data = Buffer.from(page.rgba);
    const e = await refusal(importScan(new Uint8Array(PNG.sync.write(png)), '照片.png'));
    expect(e.message).toContain('没有识别到年度报告的标题或表格');
  }, 120_000);

  it('300 页空白页的 PDF：页数不像年报，未读取', async () => {
    const jpeg = toJpeg(blankPage(62, 88), 50);
    const pdf = imagePdf(Array.from({ length: 300 }, () => ({ width: 62, height: 88, jpeg })));
    const scan = async (b: Uint8Array, n: string) => importScan(b, n);
    const e = await refusal(importFile('空白.pdf', pdf, { scan }));
    expect(e.message).toContain('300 页');
  }, 60_000);

  it('几页空白的扫描 PDF：没有识别到年度报告', async () => {
    const jpeg = toJpeg(blankPage(620, 877), 60);
    const pdf = imagePdf(Array.from({ length: 3 }, () => ({ width: 620, height: 877, jpeg })));
    const pages: string[] = [];
    const e = await refusal(importScan(pdf, '空白.pdf', { onProgress: (p) => pages.push(`${p.page}/${p.pages}`) }));
    expect(pages).toEqual(['1/3', '2/3', '3/3']);
    expect(e.message).toContain('没有识别到年度报告的标题或表格');
  }, 60_000);

  it('取消：已开始的识别在下一页前停止', async () => {
    const jpeg = toJpeg(blankPage(620, 877), 60);
    const pdf = imagePdf(Array.from({ length: 3 }, () => ({ width: 620, height: 877, jpeg })));
    const stop = new AbortController();
    const pages: number[] = [];
    const e = await importScan(pdf, '空白.pdf', { signal: stop.signal, onProgress: (p) => (pages.push(p.page), p.page === 2 && stop.abort()) }).catch((err: unknown) => err);
    expect((e as Error).name).toBe('AbortError');
    expect(pages).toEqual([1, 2]);
  }, 60_000);
});

describe('文字识别组件启动不了时，说清原因和办法', () => {
  it('Windows 缺少 Visual C++ 运行库：说明要安装 vc_redist，而不是重装本程序', () => {
    const dlopen = Object.assign(new Error('\\\\?\\C:\\nianbao\\onnxruntime_binding.node: The specified module could not be found.'), { code: 'ERR_DLOPEN_FAILED' });
    const m = engineLoadMessage(dlopen, 'win32');
    expect(m).toContain('Microsoft Visual C++ 运行库');
    expect(m).toContain('vc_redist.x64.exe');
    expect(m).not.toContain('重新安装本程序');
  });

  it('其他原因（文件缺失、其他系统）：请重新安装本程序', () => {
    expect(engineLoadMessage(new Error("Cannot find module 'onnxruntime-node'"), 'win32')).toContain('请重新安装本程序');
    expect(engineLoadMessage(new Error('libonnxruntime.so.1: cannot open shared object file'), 'linux')).toContain('请重新安装本程序');
  });
});
