/**
 * A Word document saved as one XML file → SourceDocument. Office systems (OA) commonly make their
 * "导出 Word" files this way — a Word template saved as XML and filled in by the server — and give them
 * a .doc name; Word and WPS open them as documents. Two forms:
 *  - Word 2003 XML (`<w:wordDocument>`, namespace …/office/word/2003/wordml): the same paragraphs, runs
 *    and tables as a .docx body, with the merges spelled `w:vmerge`/`w:hmerge` and comments and
 *    tracked changes as `aml:annotation`;
 *  - Word 2007+ XML, "flat OPC" (`<pkg:package>`): the .docx parts one after another, each part's XML
 *    inline.
 * Both are read by the .docx reader's body and style code (document.ts, styles.ts).
 */
import { FileError } from '../../file/errors.ts';
import { who } from '../sniff.ts';
import type { SourceDocument } from '../source.ts';
import { parseWordPart, wordBodySource } from './document.ts';
import { attr, child, children, type XEl, type XNode } from './xml.ts';

/** Whether a file's first bytes (lower-cased) are a Word document saved as XML. */
export function looksLikeWordXml(head: string): boolean {
  return /^<\?xml[^>]*>/.test(head) && (head.includes('<w:worddocument') || head.includes('progid="word.document"') || head.includes('schemas.microsoft.com/office/word/2003/wordml'));
}

/** Word 2003's spelling of the merges, and what it keeps inside paragraphs that is not their text. */
const RENAMED: Record<string, string> = { 'w:vmerge': 'w:vMerge', 'w:hmerge': 'w:hMerge' };
const NOT_TEXT = new Set(['Word.Comment', 'Word.Deletion']);

function normalise2003(el: XEl): XEl {
  const kids = el.children.flatMap((c): XNode[] => {
    if (typeof c === 'string') return [c];
    if (c.name === 'aml:annotation' && NOT_TEXT.has(attr(c, 'w:type') ?? '')) return [];
    return [normalise2003(c)];
  });
  return { name: RENAMED[el.name] ?? el.name, attrs: el.attrs, children: kids };
}

/** A part of a flat-OPC package by its name (`/word/document.xml`): the root element of its inline XML. */
function part(pkg: XEl, name: string): XEl | undefined {
  const p = children(pkg, 'pkg:part').find((x) => attr(x, 'pkg:name') === name);
  const data = child(p, 'pkg:xmlData');
  // Wrapped like a parsed file, so the .docx readers find their root element by name.
  return data ? { name: '#root', attrs: {}, children: data.children } : undefined;
}

export function readWordXml(text: string, name?: string): SourceDocument {
  const root = parseWordPart(text, name);
  const word2003 = child(root, 'w:wordDocument');
  if (word2003) {
    const doc = normalise2003(word2003);
    // Word 2003 keeps its lists in w:lists, not numbering.xml: list labels are not rebuilt (typed ones are text).
    return wordBodySource(child(doc, 'w:body'), name, doc);
  }
  const pkg = child(root, 'pkg:package');
  const body = child(child(pkg && part(pkg, '/word/document.xml'), 'w:document'), 'w:body');
  if (!pkg || !body) throw new FileError('unknown-format', `${who(name)}是 XML 文件，但不是 Word 文档，无法作为年报读取`);
  return wordBodySource(body, name, part(pkg, '/word/styles.xml'), part(pkg, '/word/numbering.xml'));
}
