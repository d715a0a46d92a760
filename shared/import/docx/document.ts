/**
 * word/document.xml → paragraphs and tables in reading order. Read directly rather than through a
 * converter (mammoth drops continued merged cells and ignores w:gridBefore): descends into content
 * controls (w:sdt), w:customXml and w:smartTag, keeps inserted text, skips deleted text and rows.
 */
import { FileError } from '../../file/errors.ts';
import { who } from '../sniff.ts';
import { trimParagraphs, type SourceBlock, type SourceCell, type SourceDocument } from '../source.ts';
import { inherited, Numbering, readStyles, type StyleInfo } from './styles.ts';
import { attr, child, parseXml, textOf, type XEl } from './xml.ts';

interface Ctx {
  styles: Map<string, StyleInfo>;
  numbering: Numbering;
}

/** Elements whose content is not part of the text flow (deleted, moved away, drawings, field codes, properties). */
const SKIP = new Set([
  'w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:sdtPr', 'w:sdtEndPr',
  'w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:instrText', 'w:delText', 'w:delInstrText',
  'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:sectPr', 'w:customXmlPr', 'w:smartTagPr',
]);

function runText(el: XEl, out: string[]): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:t':
        out.push(textOf(c));
        break;
      case 'w:tab':
      case 'w:ptab':
        out.push('\t');
        break;
      case 'w:br':
      case 'w:cr':
        out.push('\n');
        break;
      case 'w:noBreakHyphen':
        out.push('-');
        break;
      default:
        if (!SKIP.has(c.name)) runText(c, out);
    }
  }
}

function paragraph(p: XEl, ctx: Ctx): SourceBlock & { kind: 'paragraph' } {
  const pPr = child(p, 'w:pPr');
  const styleId = attr(child(pPr, 'w:pStyle'), 'w:val');
  const numPr = child(pPr, 'w:numPr');
  const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? inherited(ctx.styles, styleId, 'numId');
  const ilvl = Number.parseInt(attr(child(numPr, 'w:ilvl'), 'w:val') ?? '', 10);
  const level = Number.isFinite(ilvl) ? ilvl : (inherited(ctx.styles, styleId, 'numLevel') ?? 0);
  const parts: string[] = [ctx.numbering.label(numId, level)];
  runText(p, parts);
  const text = parts.join('');
  const ol = Number.parseInt(attr(child(pPr, 'w:outlineLvl'), 'w:val') ?? '', 10);
  const outline = Number.isFinite(ol) ? ol : inherited(ctx.styles, styleId, 'outlineLevel');
  const name = styleId ? (ctx.styles.get(styleId)?.name ?? styleId) : undefined;
  let style: string | undefined = name?.replace(/^heading (\d)$/i, 'Heading $1').replace(/^title$/i, 'Title');
  // Level 9 is Word's "body text"; 0–8 are outline levels, the importer's heading hint.
  if (outline !== undefined && outline >= 0 && outline < 9 && !/^Heading \d$/.test(style ?? '')) style = `Heading ${outline + 1}`;
  if (style && /^(Normal|正文)$/i.test(style)) style = undefined;
  return style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text };
}

interface RawCell {
  col: number;
  span: number;
  vMerge: 'restart' | 'continue' | null;
  hMerge: 'restart' | 'continue' | null;
  content: XEl;
}

function mergeValue(el: XEl | undefined): 'restart' | 'continue' | null {
  if (!el) return null;
  return attr(el, 'w:val') === 'restart' ? 'restart' : 'continue';
}

function intVal(el: XEl | undefined, fallback: number): number {
  const n = Number.parseInt(attr(el, 'w:val') ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : fallback;
}

/** Children of a table or row, seen through the wrappers Word and WPS put around rows and cells. */
function flatten(el: XEl, want: string, out: XEl[] = []): XEl[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === want) out.push(c);
    else if (c.name === 'w:sdt') flatten(child(c, 'w:sdtContent') ?? c, want, out);
    else if (c.name === 'w:customXml' || c.name === 'w:smartTag' || c.name === 'w:ins' || c.name === 'w:moveTo') flatten(c, want, out);
  }
  return out;
}

function rowDeleted(tr: XEl): boolean {
  return child(child(tr, 'w:trPr'), 'w:del') !== undefined;
}

function hasNestedTable(el: XEl): boolean {
  return el.children.some((c) => typeof c !== 'string' && !SKIP.has(c.name) && (c.name === 'w:tbl' || hasNestedTable(c)));
}

function cellText(tc: XEl, ctx: Ctx): string {
  const lines: string[] = [];
  for (const b of blocks(tc, ctx)) {
    if (b.kind === 'paragraph') {
      if (b.text.trim()) lines.push(b.text.trim());
    } else for (const r of b.rows) for (const c of r) if (c.text) lines.push(c.text);
  }
  return lines.join('\n');
}

function table(tbl: XEl, ctx: Ctx, out: SourceBlock[]): void {
  const trs = flatten(tbl, 'w:tr').filter((tr) => !rowDeleted(tr));
  // A table that holds tables is page layout (a whole report in a one-cell frame): its content is the document.
  if (trs.some((tr) => hasNestedTable(tr))) {
    for (const tr of trs) for (const tc of flatten(tr, 'w:tc')) out.push(...blocks(tc, ctx));
    return;
  }
  const grid: RawCell[][] = trs.map((tr) => {
    const trPr = child(tr, 'w:trPr');
    let col = intVal(child(trPr, 'w:gridBefore'), 0);
    const cells: RawCell[] = [];
    if (col > 0) cells.push({ col: 0, span: col, vMerge: null, hMerge: null, content: { name: '#empty', attrs: {}, children: [] } });
    for (const tc of flatten(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      if (child(tcPr, 'w:cellDel')) continue;
      const span = intVal(child(tcPr, 'w:gridSpan'), 1);
      cells.push({ col, span, vMerge: mergeValue(child(tcPr, 'w:vMerge')), hMerge: mergeValue(child(tcPr, 'w:hMerge')), content: tc });
      col += span;
    }
    const after = intVal(child(trPr, 'w:gridAfter'), 0);
    if (after > 0) cells.push({ col, span: after, vMerge: null, hMerge: null, content: { name: '#empty', attrs: {}, children: [] } });
    return cells;
  });
  // owner[c] is the cell (of an earlier row) that a vMerge continuation at grid column c extends.
  const owner = new Map<number, SourceCell>();
  const rows: SourceCell[][] = [];
  for (const raw of grid) {
    const row: SourceCell[] = [];
    let last: SourceCell | undefined;
    for (const rc of raw) {
      if (rc.hMerge === 'continue' && last) {
        // Legacy horizontal merge (older Word, some converters): the cell widens its left neighbour.
        last.colSpan += rc.span;
        continue;
      }
      const above = owner.get(rc.col);
      if (rc.vMerge === 'continue' && above) {
        above.rowSpan += 1;
        last = undefined;
        continue;
      }
      const cell: SourceCell = { text: rc.content.name === '#empty' ? '' : cellText(rc.content, ctx), rowSpan: 1, colSpan: rc.span };
      row.push(cell);
      last = cell;
      if (rc.vMerge === 'restart') owner.set(rc.col, cell);
      else owner.delete(rc.col);
    }
    rows.push(row);
  }
  out.push({ kind: 'table', rows });
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** The contents (w:txbxContent) of the text boxes drawn in `el`, each once. */
function textBoxContents(el: XEl, out: XEl[] = []): XEl[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:del' || c.name === 'w:moveFrom') continue;
    if (c.name === 'w:txbxContent') out.push(c);
    else if (local(c.name) === 'AlternateContent') {
      // The same box twice: as DrawingML for newer readers (Choice), as VML for older ones (Fallback).
      const kids = c.children.filter((k): k is XEl => typeof k !== 'string');
      const choice = kids.filter((k) => local(k.name) === 'Choice').flatMap((k) => textBoxContents(k));
      out.push(...(choice.length ? choice : kids.filter((k) => local(k.name) === 'Fallback').flatMap((k) => textBoxContents(k))));
    } else textBoxContents(c, out);
  }
  return out;
}

/**
 * The blocks of a body, a table cell or a content control, in reading order. A text box (a title or a
 * letterhead WPS users often draw as one) is read before the paragraph it is anchored in.
 */
export function blocks(container: XEl, ctx: Ctx, out: SourceBlock[] = []): SourceBlock[] {
  for (const c of container.children) {
    if (typeof c === 'string' || SKIP.has(c.name)) continue;
    if (c.name === 'w:p') {
      for (const box of textBoxContents(c)) blocks(box, ctx, out);
      out.push(paragraph(c, ctx));
    } else if (c.name === 'w:tbl') table(c, ctx, out);
    else if (c.name === 'w:sdt') blocks(child(c, 'w:sdtContent') ?? c, ctx, out);
    else if (c.name !== 'w:tcPr') blocks(c, ctx, out);
  }
  return out;
}

/** A part of a Word document (document.xml, styles.xml …) parsed, or the file's message when it is not XML. */
export function parseWordPart(text: string, name: string | undefined): XEl {
  try {
    return parseXml(text);
  } catch {
    throw new FileError('invalid', `${who(name)}的文档内容已损坏（XML 格式错误），无法读取。请在 Word/WPS 中打开，确认内容无误后另存为 .docx 再试`);
  }
}

/**
 * A Word document's body (w:body) as paragraphs and tables, with its styles and list numbering (the roots
 * of styles.xml and numbering.xml, where the file has them): .docx and Word saved as one XML file alike.
 */
export function wordBodySource(body: XEl | undefined, name: string | undefined, styles?: XEl, numbering?: XEl): SourceDocument {
  if (!body) throw new FileError('invalid', `${who(name)}的文档内容已损坏（没有正文），无法读取`);
  return { format: 'docx', blocks: trimParagraphs(blocks(body, { styles: readStyles(styles), numbering: new Numbering(numbering) })) };
}
