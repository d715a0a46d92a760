/**
 * A scan's bytes → its pages as grey images with their resolution: PNG (pngjs), JPEG (jpeg-js), TIFF
 * of one or more pages (utif2), and a PDF without a text layer, whose pages are each one embedded image
 * (pdf.js hands it over decoded). Sizes are checked from the headers before any pixel is decoded.
 */
import { PNG } from 'pngjs';
import { FileError } from '../../shared/file/errors.ts';
import { toGray, type Gray } from '../../shared/import/scan/image.ts';
import { who } from '../../shared/import/sniff.ts';

export interface ScanImage {
  image: Gray;
  dpi: number;
}

/** A4 at 600 dpi is 35 megapixels; past this an image is no page scan and would fill memory. */
export const MAX_PIXELS = 40_000_000;
/** An image's resolution when the file does not say: its width is taken as an A4 page's (8.27 in). */
const A4_INCHES = 8.27;
/** Pages a scan may have (as the PDF reader's limit). */
export const MAX_SCAN_PAGES = 100;

function tooLarge(name: string, w: number, h: number): FileError {
  return new FileError('invalid', `${who(name)}的图片尺寸为 ${w} × ${h} 像素，远大于一页扫描件（A4 纸 300 dpi 约 2480 × 3508 像素），未读取。请以 150–300 dpi 重新扫描后再打开`);
}

function damagedImage(name: string): FileError {
  return new FileError('invalid', `${who(name)}不是可以读取的图片，可能已损坏或下载不完整`);
}

function checkSize(name: string, w: number, h: number): void {
  if (!(w > 0 && h > 0)) throw damagedImage(name);
  if (w * h > MAX_PIXELS) throw tooLarge(name, w, h);
}

const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** A JPEG's size from its frame header, before decoding. */
function jpegSize(b: Uint8Array): [number, number] | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const len = (b[i + 2]! << 8) | b[i + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [(b[i + 7]! << 8) | b[i + 8]!, (b[i + 5]! << 8) | b[i + 6]!];
    }
    i += 2 + len;
  }
  return null;
}

function a4(image: Gray): ScanImage {
  return { image, dpi: image.width / A4_INCHES };
}

function decodePng(bytes: Uint8Array, name: string): ScanImage[] {
  if (bytes.length < 24) throw damagedImage(name);
  checkSize(name, u32be(bytes, 16), u32be(bytes, 20));
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw damagedImage(name);
  }
  return [a4(toGray(png.width, png.height, png.data, 4))];
}

async function decodeJpeg(bytes: Uint8Array, name: string): Promise<ScanImage[]> {
  const size = jpegSize(bytes);
  if (!size) throw damagedImage(name);
  checkSize(name, size[0], size[1]);
  const jpeg = await import('jpeg-js');
  try {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 512 });
    return [a4(toGray(img.width, img.height, img.data, 4))];
  } catch {
    throw damagedImage(name);
  }
}

async function decodeTiff(bytes: Uint8Array, name: string): Promise<ScanImage[]> {
  const UTIF = (await import('utif2')).default;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let ifds: ReturnType<typeof UTIF.decode>;
  try {
    ifds = UTIF.decode(buffer);
  } catch {
    throw damagedImage(name);
  }
  if (!ifds.length) throw damagedImage(name);
  if (ifds.length > MAX_SCAN_PAGES) throw new FileError('invalid', `${who(name)}有 ${ifds.length} 页，不像政府信息公开工作年度报告，未读取`);
  const out: ScanImage[] = [];
  for (const ifd of ifds) {
    const w = Number((ifd.t256 as number[] | undefined)?.[0] ?? 0);
    const h = Number((ifd.t257 as number[] | undefined)?.[0] ?? 0);
    checkSize(name, w, h);
    try {
      UTIF.decodeImage(buffer, ifd);
      const rgba = UTIF.toRGBA8(ifd);
      const xres = Number((ifd.t282 as number[] | undefined)?.[0] ?? 0);
      const image = toGray(ifd.width, ifd.height, rgba, 4);
      out.push(xres >= 72 && xres <= 1200 ? { image, dpi: xres } : a4(image));
    } catch {
      throw damagedImage(name);
    }
  }
  return out;
}

/** An image file's pages (only TIFF has more than one). */
export async function decodeImage(bytes: Uint8Array, name: string): Promise<ScanImage[]> {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return decodePng(bytes, name);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return decodeJpeg(bytes, name);
  if ((bytes[0] === 0x49 && bytes[1] === 0x49) || (bytes[0] === 0x4d && bytes[1] === 0x4d)) return decodeTiff(bytes, name);
  throw new FileError('unknown-format', `${who(name)}是本程序不读取的图片格式。请将扫描件保存为 PDF、PNG、JPG 或 TIFF 后再打开`);
}
