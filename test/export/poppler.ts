/** Running poppler and LibreOffice on exported files, for the export tests and the bench. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  const profile = mkdtempSync(join(tmpdir(), 'nianbao-lo-profile-'));
  execFileSync(
    'libreoffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
    { env: { ...process.env, FONTCONFIG_FILE }, stdio: 'ignore', timeout: 120_000 },
  );
  return join(outDir, docx.replace(/^.*[\\/]/, '').replace(/\.docx$/, '.pdf'));
}
