/** Running poppler and LibreOffice on exported files, for the export tests and the bench. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

/** Maps the official font names to the free fonts CI has, so LibreOffice draws our DOCX like our PDF. */
export const FONTCONFIG_FILE = join(dirname(fileURLToPath(import.meta.url)), 'fonts.conf');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'nianbao-export-'));
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

export function pdfText(pdf: string, opts: { raw?: boolean; page?: number } = {}): string {
  const args = [...(opts.raw ? ['-raw'] : []), ...(opts.page ? ['-f', String(opts.page), '-l', String(opts.page)] : []), pdf, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

export function pdfPages(pdf: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  return Number(m?.[1]);
}

export interface PdfFontRow {
  name: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(pdf: string): PdfFontRow[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((l) => {
    // The name is the first column; emb/sub/uni are the yes/no columns before the object id.
    const cols = l.trim().split(/\s+/);
    const [emb, sub] = cols.slice(-5, -3);
    return { name: cols[0]!, embedded: emb === 'yes', subset: sub === 'yes' };
  });
}

/** One page as PNG at `dpi`. */
export function pagePng(pdf: string, page: number, dpi = 50): Buffer {
  const dir = tempDir();
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, join(dir, 'p')]);
  return readFileSync(join(dir, 'p.png'));
}

/** `libreoffice --headless --convert-to pdf` with its own profile (parallel runs would clash) and our font aliases. */
export function libreOfficeToPdf(docx: string, outDir: string): string {
  return libreOfficeToPdfs([docx], outDir)[0]!;
}

/**
 * Several DOCX files in one LibreOffice start (each start costs seconds). The PDFs go to a new
 * folder inside `outDir`: LibreOffice would otherwise write over our own report.pdf beside report.docx.
 */
export function libreOfficeToPdfs(docxs: readonly string[], outDir: string): string[] {
  return libreOfficeConvert(docxs, outDir, 'pdf');
}

/**
 * Documents opened in LibreOffice and saved as `to` (its --convert-to filter: 'pdf', 'odt',
 * 'docx:MS Word 2007 XML', 'html' …), as an office suite would save them; the files land in a new folder
 * inside `outDir`, named as the inputs with the new extension.
 */
export function libreOfficeConvert(files: readonly string[], outDir: string, to: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-lo-profile-'));
  outDir = mkdtempSync(join(outDir, 'libreoffice-'));
  execFileSync(
    'libreoffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files],
    { env: { ...process.env, FONTCONFIG_FILE }, stdio: 'ignore', timeout: 120_000 + 30_000 * files.length },
  );
  const ext = to.split(':')[0]!;
  return files.map((d) => join(outDir, d.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, `.${ext}`)));
}

export interface PdfWord {
  text: string;
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word poppler finds, with its box in points from the top left of its page. */
export function pdfWords(pdf: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') });
  }
  return words;
}

/** Words grouped into lines (same page, same top within 1 pt), left to right. */
export function pdfLines(pdf: string): { page: number; top: number; left: number; right: number; text: string }[] {
  const lines: { page: number; top: number; left: number; right: number; words: PdfWord[] }[] = [];
  for (const w of pdfWords(pdf)) {
    const l = lines.find((x) => x.page === w.page && Math.abs(x.top - w.yMin) < 1);
    if (l) {
      l.words.push(w);
      l.left = Math.min(l.left, w.xMin);
      l.right = Math.max(l.right, w.xMax);
    } else lines.push({ page: w.page, top: w.yMin, left: w.xMin, right: w.xMax, words: [w] });
  }
  return lines.map((l) => ({ page: l.page, top: l.top, left: l.left, right: l.right, text: l.words.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join('') }));
}

/** The top and bottom (points from the page top) of the ink inside a box of a page, rendered at `dpi`. */
export function inkExtent(pdf: string, page: number, box: { x: number; y: number; w: number; h: number }, dpi = 288): [number, number] | null {
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const out = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-x', String(px(box.x)), '-y', String(px(box.y)), '-W', String(px(box.w)), '-H', String(px(box.h)), pdf]);
  // Binary PGM: "P5\nW H\n255\n" then one byte a pixel.
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    const end = out.indexOf(0x0a, pos);
    fields.push(...out.toString('latin1', pos, end).trim().split(/\s+/).filter(Boolean));
    pos = end + 1;
  }
  const [w, h] = [Number(fields[1]), Number(fields[2])];
  const rows: number[] = [];
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (out[pos + y * w + x]! < 128) { rows.push(y); break; }
  if (!rows.length) return null;
  return [box.y + (rows[0]! * 72) / dpi, box.y + ((rows[rows.length - 1]! + 1) * 72) / dpi];
}

/** Each page of the PDF as an RGBA image at `dpi` (pdftoppm), grey when asked. */
export function rasterize(pdf: Uint8Array, dpi: number, gray = true): { width: number; height: number; rgba: Uint8Array }[] {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-scan-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), ...(gray ? ['-gray'] : []), '-png', join(dir, 'in.pdf'), join(dir, 'p')]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => {
        const png = PNG.sync.read(readFileSync(join(dir, f)));
        return { width: png.width, height: png.height, rgba: new Uint8Array(png.data) };
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
