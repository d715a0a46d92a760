/**
 * .odt (OpenDocument text, LibreOffice's own format and one WPS saves) → SourceDocument. On the domestic
 * Linux desktops (UOS, Kylin) LibreOffice saves .odt unless told otherwise, so last year's report may
 * well be one. The same zip and XML readers as .docx (limits, no DTD); content.xml holds the body:
 * text:h and text:p paragraphs, table:table with spans, in lists and sections.
 */
import { FileError } from '../file/errors.ts';
import { who } from './sniff.ts';
import { trimParagraphs, type SourceBlock, type SourceCell, type SourceDocument } from './source.ts';
import { child, parseXml, type XEl, type XNode } from './docx/xml.ts';

export const ODT_CONTENT = 'content.xml';
export const ODT_MIMETYPE = 'mimetype';

/** A row or empty cell repeated more than this is a sheet's tail, not the report's table. */
const MAX_REPEAT = 64;

/** Whether the zip's mimetype entry says OpenDocument text (.odt, or .ott a template). */
export function isOdtMimetype(bytes: Uint8Array | undefined): boolean {
  return !!bytes && /^application\/vnd\.oasis\.opendocument\.text(-template)?\s*$/.test(new TextDecoder().decode(bytes));
}

const elements = (el: XEl) => el.children.filter((c): c is XEl => typeof c !== 'string');

/** A paragraph's text: spans and links read through, text:s as its spaces, a tab or line break as such. */
function inline(nodes: readonly XNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') out += n;
    else if (n.name === 'text:s') out += ' '.repeat(Math.min(Number(n.attrs['text:c'] ?? 1) || 1, 100));
    else if (n.name === 'text:tab') out += '\t';
    else if (n.name === 'text:line-break') out += '\n';
    // Notes, comments and frames are not the paragraph's running text.
    else if (n.name === 'text:note' || n.name === 'office:annotation' || n.name === 'draw:frame') continue;
    else out += inline(n.children);
  }
  return out;
}

function cellText(cell: XEl): string {
  const lines: string[] = [];
  const walk = (el: XEl) => {
    for (const c of elements(el)) {
      if (c.name === 'text:p' || c.name === 'text:h') lines.push(inline(c.children).trim());
      else walk(c);
    }
  };
  walk(cell);
  return lines.filter((l) => l !== '').join('\n');
}

function tableRows(table: XEl): SourceCell[][] {
  const rows: SourceCell[][] = [];
  const walk = (el: XEl) => {
    for (const c of elements(el)) {
      if (c.name === 'table:table-row') {
        const cells: SourceCell[] = [];
        for (const cell of elements(c)) {
          // A covered cell is under another's span: the source model lists only cells that start in a row.
          if (cell.name !== 'table:table-cell') continue;
          const one = { text: cellText(cell), rowSpan: Number(cell.attrs['table:number-rows-spanned'] ?? 1) || 1, colSpan: Number(cell.attrs['table:number-columns-spanned'] ?? 1) || 1 };
          const times = Math.min(Number(cell.attrs['table:number-columns-repeated'] ?? 1) || 1, MAX_REPEAT);
          for (let k = 0; k < times; k++) cells.push({ ...one });
        }
        const times = Math.min(Number(c.attrs['table:number-rows-repeated'] ?? 1) || 1, MAX_REPEAT);
        for (let k = 0; k < times; k++) rows.push(cells.map((x) => ({ ...x })));
      } else if (c.name === 'table:table-header-rows' || c.name === 'table:table-rows' || c.name === 'table:table-row-group') walk(c);
    }
  };
  walk(table);
  return rows;
}

/** The text boxes drawn in `el` (a frame in a paragraph, or anchored to the page): their blocks, in order. */
function textBoxes(el: XEl, out: SourceBlock[]): void {
  for (const c of elements(el)) {
    if (c.name === 'draw:text-box') blocksOf(c, out);
    else if (c.name !== 'text:note' && c.name !== 'office:annotation') textBoxes(c, out);
  }
}

/** Blocks in reading order; a text box (a title drawn as one) comes before the paragraph it is anchored in. */
function blocksOf(el: XEl, out: SourceBlock[]): void {
  for (const c of elements(el)) {
    if (c.name === 'text:p' || c.name === 'text:h') textBoxes(c, out);
    if (c.name === 'text:p') out.push({ kind: 'paragraph', text: inline(c.children) });
    else if (c.name === 'text:h') out.push({ kind: 'paragraph', text: inline(c.children), style: `Heading ${c.attrs['text:outline-level'] ?? 1}` });
    else if (c.name === 'draw:frame') textBoxes(c, out);
    else if (c.name === 'table:table') out.push({ kind: 'table', rows: tableRows(c) });
    else if (c.name === 'text:list' || c.name === 'text:list-item' || c.name === 'text:list-header' || c.name === 'text:section') blocksOf(c, out);
  }
}

export function readOdtContent(content: Uint8Array, name: string | undefined): SourceDocument {
  let root: XEl;
  try {
    root = parseXml(new TextDecoder('utf-8', { fatal: false }).decode(content));
  } catch {
    throw new FileError('invalid', `${who(name)}的文档内容已损坏（XML 格式错误），无法读取。请在 WPS 或 LibreOffice 中打开，确认内容无误后另存为 .docx 再试`);
  }
  const body = child(child(child(root, 'office:document-content'), 'office:body'), 'office:text');
  if (!body) throw new FileError('invalid', `${who(name)}的文档内容已损坏（没有正文），无法读取`);
  const out: SourceBlock[] = [];
  blocksOf(body, out);
  return { format: 'odt', blocks: trimParagraphs(out) };
}
