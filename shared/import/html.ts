/**
 * A saved web page (.html) → SourceDocument: paragraphs and headings in reading order, tables with their
 * rowspan/colspan. parse5 builds the tree the way a browser does (unclosed <p>/<td>, stray tags), which
 * government pages need. Tables used for page layout (tables inside tables) are opened up, not read as data.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { SourceBlock, SourceCell, SourceDocument } from './source.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'select', 'button', 'input', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'center', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'pre', 'form', 'fieldset', 'figure', 'figcaption', 'address', 'hr', 'body', 'html', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
]);

const isElement = (n: Node): n is Element => 'tagName' in n;

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function span(el: Element, name: string): number {
  const n = Number.parseInt(attr(el, name) ?? '1', 10);
  // Browsers clamp spans the same way (rowspan 0 means "to the end", read as 1 here).
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** Whitespace as a browser shows it; line breaks inside Chinese text are not spaces. */
function clean(text: string): string {
  return text
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replace(/([\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .replace(/\u00a0/g, ' ')
    .trim();
}

function hasTable(el: Element): boolean {
  return el.childNodes.some((c) => isElement(c) && (c.tagName === 'table' || hasTable(c)));
}

/** Text of a cell, its own line breaks (<br>, <p>, <div>) kept as '\n'. */
function cellText(el: Element): string {
  const lines: string[] = [''];
  const visit = (n: Node) => {
    if (!isElement(n)) {
      if (n.nodeName === '#text') lines[lines.length - 1] += (n as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (SKIP.has(n.tagName)) return;
    if (n.tagName === 'br') {
      lines.push('');
      return;
    }
    const block = BLOCK.has(n.tagName);
    if (block) lines.push('');
    n.childNodes.forEach(visit);
    if (block) lines.push('');
  };
  el.childNodes.forEach(visit);
  return lines.map(clean).filter((l) => l !== '').join('\n');
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element) => {
    for (const c of el.childNodes) {
      if (!isElement(c)) continue;
      if (c.tagName === 'tr') rows.push(c);
      else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

function tableBlock(table: Element): SourceBlock {
  const rows: SourceCell[][] = rowsOf(table).map((tr) =>
    tr.childNodes
      .filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
      .map((td) => ({ text: cellText(td), rowSpan: span(td, 'rowspan'), colSpan: span(td, 'colspan') })),
  );
  return { kind: 'table', rows };
}

export function htmlToSource(html: string): SourceDocument {
  const blocks: SourceBlock[] = [];
  let buffer = '';
  let style: string | undefined;
  const flush = () => {
    const text = clean(buffer);
    if (text) blocks.push(style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text });
    buffer = '';
  };
  const visit = (n: Node): void => {
    if (!isElement(n)) {
      if (n.nodeName === '#text') buffer += (n as DefaultTreeAdapterMap['textNode']).value;
      else if (n.nodeName === '#document' || n.nodeName === '#document-fragment') (n as DefaultTreeAdapterMap['document']).childNodes.forEach(visit);
      return;
    }
    const tag = n.tagName;
    if (SKIP.has(tag)) return;
    if (tag === 'br') return flush();
    if (tag === 'table') {
      flush();
      // A layout table holds the page (and the real tables) in its cells: read its content instead.
      if (hasTable(n)) n.childNodes.forEach(visit);
      else blocks.push(tableBlock(n));
      return;
    }
    if (!BLOCK.has(tag)) {
      n.childNodes.forEach(visit);
      return;
    }
    flush();
    const outer = style;
    if (/^h[1-6]$/.test(tag)) style = tag;
    n.childNodes.forEach(visit);
    flush();
    style = outer;
  };
  visit(parse(html));
  flush();
  return { format: 'html', blocks };
}

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The page's text: BOM, then the <meta> charset, then UTF-8 if it decodes, else GB18030 (a superset of GBK and GB2312). */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = CHARSET.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared)) return new TextDecoder('gb18030').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function readHtml(bytes: Uint8Array): SourceDocument {
  return htmlToSource(decodeHtml(bytes));
}
