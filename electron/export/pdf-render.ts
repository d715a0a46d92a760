/**
 * Runs pdfmake over the shared document definition through its public API only: the font table
 * names font files (pdfmake's documented server-side form) and the local access policy admits
 * exactly those files. The files are per-document subsets (font-subset.ts), written to a private
 * temporary folder and removed when the PDF is made.
 *
 * pdfmake keeps that font table and policy on one object for the whole process (setFonts, the access
 * policy), read while it lays a document out: two renders at once would each set them for the other.
 * So renders run one at a time, in the order they were asked for (renderPdf's queue).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_ROLES } from '../../shared/export/layout.ts';
import { loadFontkit } from './font-metrics.ts';
import { subsetFont } from './font-subset.ts';
import type { FontSet, ResolvedFont } from './fonts.ts';

const require = createRequire(import.meta.url);

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, unknown>>): void;
  setUrlAccessPolicy(cb: (url: string) => boolean): void;
  setLocalAccessPolicy(cb: (path: string) => boolean): void;
  createPdf(dd: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | undefined;
/** The font files the current export may read; nothing else on disk. */
let allowed = new Set<string>();

/** Loads pdfmake (about 100 ms); later calls return it. */
export function loadPdfEngine(): PdfMake {
  if (!pdfmake) {
    loadFontkit();
    pdfmake = require('pdfmake') as PdfMake;
    // Reports never load images or URLs: the document definition carries everything but the fonts.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((path) => allowed.has(path));
  }
  return pdfmake;
}

/** Page numbers are made while printing: every font may need all digits. */
const PAGE_NUMBER_CHARS = '0123456789— -';

/**
 * The characters each font family of the definition prints: each font's subset holds only its own
 * (the title's bold serif the title's twenty characters, not the whole report's).
 */
function textByFamily(dd: TDocumentDefinitions): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  const add = (family: string, text: string) => {
    let p = parts.get(family);
    if (!p) parts.set(family, (p = [PAGE_NUMBER_CHARS]));
    p.push(text);
  };
  const walk = (v: unknown, family: string): void => {
    if (typeof v === 'string') add(family, v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, family));
    else if (v && typeof v === 'object') {
      const node = v as Record<string, unknown>;
      const own = typeof node.font === 'string' ? node.font : family;
      for (const [k, x] of Object.entries(node)) if (k === 'text' || (k !== 'font' && typeof x === 'object')) walk(x, own);
    }
  };
  const root = typeof dd.defaultStyle?.font === 'string' ? dd.defaultStyle.font : 'body';
  walk(dd.content, root);
  if (typeof dd.footer === 'function') walk(dd.footer(1, 1, { width: 0, height: 0, orientation: 'portrait' }), root);
  return parts;
}

let exportCount = 0;

/** Extra font families (fallbacks for characters the role fonts lack), by the name the definition uses. */
export type ExtraFonts = Record<string, ResolvedFont>;

/** The render running or last run: the next one starts when it has settled. */
let queue: Promise<unknown> = Promise.resolve();

/** The PDF of `dd`, made once the renders asked for before it are done (pdfmake's font table is process-wide). */
export function renderPdf(dd: TDocumentDefinitions, fonts: FontSet, extra: ExtraFonts = {}): Promise<Uint8Array> {
  const run = queue.then(() => renderAlone(dd, fonts, extra));
  queue = run.catch(() => undefined);
  return run;
}

async function renderAlone(dd: TDocumentDefinitions, fonts: FontSet, extra: ExtraFonts): Promise<Uint8Array> {
  const pm = loadPdfEngine();
  const texts = textByFamily(dd);
  // Fallback fonts only when the document uses them: each is a large face to cut a subset from.
  const families: [string, ResolvedFont][] = [
    ...FONT_ROLES.map((role): [string, ResolvedFont] => [role, fonts[role]]),
    ...Object.entries(extra).filter(([name]) => texts.has(name)),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
  try {
    // One subset per source face, shared by the families that use it, holding what they print.
    const faces = new Map<string, { font: ResolvedFont; keep: boolean; names: string[]; text: string[] }>();
    for (const [name, f] of families) {
      const key = `${f.path}\u0000${f.postscriptName ?? ''}`;
      let face = faces.get(key);
      if (!face) faces.set(key, (face = { font: f, keep: name in fonts, names: [], text: [] }));
      face.names.push(name);
      face.text.push(...(texts.get(name) ?? [PAGE_NUMBER_CHARS]));
    }
    const files = new Map<string, string | [string, string]>();
    const table: Record<string, { normal: string | [string, string]; bold: string | [string, string] }> = {};
    for (const [key, { font: f, keep, names, text }] of faces) {
      let file: string | [string, string];
      try {
        const path = join(dir, `${++exportCount}-${files.size}.ttf`);
        writeFileSync(path, subsetFont(f.bytes, text.join(''), f.postscriptName, keep));
        file = path;
      } catch {
        // A face HarfBuzz cannot cut (too large, damaged): pdfkit reads the font file itself.
        file = f.postscriptName ? [f.path, f.postscriptName] : f.path;
      }
      files.set(key, file);
      for (const name of names) table[name] = { normal: file, bold: file };
    }
    allowed = new Set([...files.values()].map((f) => (Array.isArray(f) ? f[0] : f)));
    pm.setFonts(table);
    const buf = await pm.createPdf(dd).getBuffer();
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } finally {
    allowed = new Set();
    rmSync(dir, { recursive: true, force: true });
  }
}
