/**
 * .pdf → SourceDocument with pdf.js (pdfjs-dist 5.5 legacy build: runs on Node 20 and in browsers;
 * v6 needs Node 22). Text with positions is rebuilt into lines and paragraphs; tables come from the
 * ruling lines (lattice). pdf.js is loaded on first use so the app's bundle does not carry it until a
 * PDF is opened.
 *
 * pdf.js's worker code runs in the calling thread (loadPdfjs), bundled or not; a folder check
 * spreads PDFs over threads of its own (electron/batch/pool.ts).
 */
import { FileError } from '../../file/errors.ts';
import { expectFormat, who } from '../sniff.ts';
import type { SourceBlock, SourceDocument } from '../source.ts';
import { findGrids, type Grid } from './lattice.ts';
import { dropFurniture, joinLines, measure, type Para, type PageLine } from './layout.ts';
import { pathEvents } from './operator-list.ts';
import { pageRulings } from './rulings.ts';
import { checkStreamBudget } from './stream-budget.ts';
import { continues, fillGrid, toTable, type Fragment } from './tables.ts';
import { toLines, type Run } from './text.ts';
import { loadPdfjs } from './load-pdfjs.ts';

/** A report is a few pages; past this the file is not one (and would take long to read). */
export const MAX_PAGES = 100;

/** A page's line of prose or table fragment, in reading order once sorted (the scan reader makes them too). */
export type Item = { kind: 'line'; line: PageLine; top: number } | { kind: 'table'; fragment: Fragment; page: number; top: number };

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

function inside(g: Grid, x: number, y: number): boolean {
  return x >= g.xs[0]! && x <= g.xs[g.xs.length - 1]! && y >= g.ys[0]! && y <= g.ys[g.ys.length - 1]!;
}

/** A PDF of page images only (a scan): the message stands where no OCR is at hand. */
export class NoTextLayer extends FileError {
  constructor(message: string) {
    super('no-text-layer', message);
  }
}

function damaged(name: string | undefined): FileError {
  return new FileError('invalid', `${who(name)}不是有效的 PDF 文件，可能已损坏或下载不完整。请重新下载后再试`);
}

export async function readPdf(bytes: Uint8Array, name?: string): Promise<SourceDocument> {
  expectFormat(bytes, 'pdf', name);
  await checkStreamBudget(bytes, name);
  const pdfjs = await loadPdfjs();
  const OPS = pdfjs.OPS;
  // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer: hand it a plain copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if ((e as { name?: string })?.name === 'PasswordException') {
      throw new FileError('invalid', `${who(name)}设有打开密码，无法读取。请用 PDF 阅读器去除密码后另存，再打开`);
    }
    throw damaged(name);
  }
  const items: Item[] = [];
  let chars = 0;
  try {
    if (doc.numPages > MAX_PAGES) {
      throw new FileError('invalid', `${who(name)}有 ${doc.numPages} 页，不像政府信息公开工作年度报告（通常不超过 ${MAX_PAGES} 页），未读取`);
    }
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [, , , top] = page.view as [number, number, number, number];
      const [content, opList] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
      const grids = findGrids(pageRulings(pathEvents(opList, OPS), top));
      const tableRuns: Run[][] = grids.map(() => []);
      const textRuns: Run[] = [];
      for (const it of content.items as TextItemLike[]) {
        const t = it.transform;
        if (!it.str || !t) continue;
        chars += it.str.trim().length;
        const size = Math.hypot(t[2]!, t[3]!) || Math.hypot(t[0]!, t[1]!) || 1;
        const run: Run = { x0: t[4]!, x1: t[4]! + (it.width ?? 0), base: top - t[5]!, size, str: it.str };
        const g = grids.findIndex((gr) => inside(gr, (run.x0 + run.x1) / 2, run.base - size * 0.35));
        (g >= 0 ? tableRuns[g]! : textRuns).push(run);
      }
      for (const line of toLines(textRuns)) items.push({ kind: 'line', line: { ...line, page: p, pageHeight: top }, top: line.base - line.size });
      grids.forEach((g, i) => items.push({ kind: 'table', fragment: fillGrid(g, tableRuns[i]!), page: p, top: g.ys[0]! }));
      page.cleanup();
    }
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw damaged(name);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  if (chars === 0) {
    throw new NoTextLayer(`${who(name)}没有文字层（可能是扫描件或图片），无法读取其中的文字和表格。请找到该报告的 Word 版或网页版，或从网页复制文字后选择“粘贴上年报告文本”`);
  }
  return { format: 'pdf', blocks: assemble(items) };
}

export function assemble(raw: Item[]): SourceBlock[] {
  const pages = new Set(raw.map((i) => (i.kind === 'line' ? i.line.page : i.page))).size;
  const kept = new Set(dropFurniture(raw.flatMap((i) => (i.kind === 'line' ? [i.line] : [])), pages));
  const items = raw
    .filter((i) => i.kind === 'table' || kept.has(i.line))
    .sort((a, b) => page(a) - page(b) || a.top - b.top);
  const m = measure([...kept]);
  const blocks: SourceBlock[] = [];
  let lines: PageLine[] = [];
  let table: { fragments: Fragment[]; page: number } | null = null;
  const flushLines = () => {
    if (!lines.length) return;
    const paras: Para[] = [];
    joinLines(lines, m, paras);
    for (const p of paras) blocks.push(p.size > m.size + 1 ? { kind: 'paragraph', text: p.text, style: `${Math.round(p.size)}pt` } : { kind: 'paragraph', text: p.text });
    lines = [];
  };
  const flushTable = () => {
    if (table) blocks.push({ kind: 'table', rows: toTable(table.fragments) });
    table = null;
  };
  for (const it of items) {
    if (it.kind === 'line') {
      flushTable();
      lines.push(it.line);
      continue;
    }
    flushLines();
    const prev = table as { fragments: Fragment[]; page: number } | null;
    if (prev && prev.page === it.page - 1 && continues(prev.fragments[prev.fragments.length - 1]!, it.fragment)) {
      prev.fragments.push(it.fragment);
      prev.page = it.page;
    } else {
      flushTable();
      table = { fragments: [it.fragment], page: it.page };
    }
  }
  flushTable();
  flushLines();
  return blocks;
}

function page(i: Item): number {
  return i.kind === 'line' ? i.line.page : i.page;
}
