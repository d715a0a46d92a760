/**
 * The page images of a PDF without a text layer: a scanner's PDF is one image per page, which pdf.js
 * decodes (JPEG, CCITT, JBIG2, Flate) and hands over as pixels; each page's largest image is its scan.
 */
import { FileError } from '../../shared/file/errors.ts';
import { toGray } from '../../shared/import/scan/image.ts';
import { who } from '../../shared/import/sniff.ts';
import { MAX_PIXELS, MAX_SCAN_PAGES, type ScanImage } from './decode.ts';
import { loadPdfjs } from '../../shared/import/pdf/load-pdfjs.ts';

interface ImageObject {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** pdf.js's ImageKind: 1 bit grey, RGB, RGBA. */
const KIND_CHANNELS: Record<number, 1 | 3 | 4> = { 2: 3, 3: 4 };

function unpackBits(img: ImageObject): Uint8Array {
  const out = new Uint8Array(img.width * img.height);
  const rowBytes = (img.width + 7) >> 3;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) out[y * img.width + x] = (img.data![y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
  }
  return out;
}

function objectOf(page: { objs: { get(id: string, cb: (o: unknown) => void): void }; commonObjs: { get(id: string, cb: (o: unknown) => void): void } }, id: string): Promise<ImageObject | null> {
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => store.get(id, (o) => resolve((o as ImageObject) ?? null)));
}

/** Calls `each` with every page's scan in order; `pages` is told first. */
export async function pdfPageImages(bytes: Uint8Array, name: string, onPages: (n: number) => void, each: (img: ScanImage | null, page: number) => Promise<void>, signal?: AbortSignal): Promise<void> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, isOffscreenCanvasSupported: false, isImageDecoderSupported: false });
  const doc = await task.promise;
  try {
    if (doc.numPages > MAX_SCAN_PAGES) throw new FileError('invalid', `${who(name)}有 ${doc.numPages} 页，不像政府信息公开工作年度报告，未读取`);
    onPages(doc.numPages);
    for (let p = 1; p <= doc.numPages; p++) {
      signal?.throwIfAborted();
      const page = await doc.getPage(p);
      const ops = await page.getOperatorList();
      let best: ImageObject | null = null;
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
        const img = await objectOf(page as never, ops.argsArray[i][0] as string);
        if (img?.data && img.width * img.height > (best ? best.width * best.height : 0)) best = img;
      }
      const widthInches = (page.view[2]! - page.view[0]!) / 72;
      page.cleanup();
      if (!best) {
        await each(null, p);
        continue;
      }
      if (best.width * best.height > MAX_PIXELS) throw new FileError('invalid', `${who(name)}第 ${p} 页的图片过大（${best.width} × ${best.height} 像素），未读取`);
      const image = best.kind === 1 ? { width: best.width, height: best.height, data: unpackBits(best) } : toGray(best.width, best.height, new Uint8Array(best.data!.buffer, best.data!.byteOffset, best.data!.byteLength), KIND_CHANNELS[best.kind ?? 2] ?? 3);
      await each({ image, dpi: best.width / widthInches }, p);
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
