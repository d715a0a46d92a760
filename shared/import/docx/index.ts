/**
 * .docx → SourceDocument. Pure (runs in Node and the browser): fflate unzips, saxes parses.
 * Every failure is a FileError with a Chinese message.
 */
import { FileError } from '../../file/errors.ts';
import { expectFormat, who } from '../sniff.ts';
import { trimParagraphs, type SourceDocument } from '../source.ts';
import { blocks } from './document.ts';
import { Numbering, readStyles } from './styles.ts';
import { child, parseXml, type XEl } from './xml.ts';
import { readZipEntries } from './zip.ts';
import { isOdtMimetype, ODT_CONTENT, ODT_MIMETYPE, readOdtContent } from '../odt.ts';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const NUMBERING = 'word/numbering.xml';

function xml(bytes: Uint8Array | undefined, name: string | undefined): XEl | undefined {
  if (!bytes) return undefined;
  try {
    return parseXml(new TextDecoder('utf-8', { fatal: false }).decode(bytes));
  } catch {
    throw new FileError('invalid', `${who(name)}的文档内容已损坏（XML 格式错误），无法读取。请在 Word/WPS 中打开，确认内容无误后另存为 .docx 再试`);
  }
}

export async function readDocx(bytes: Uint8Array, name?: string): Promise<SourceDocument> {
  try {
    return read(bytes, name);
  } catch (e) {
    if (e instanceof FileError) throw e;
    // Anything else is a file built to hurt (nesting deeper than the stack, say): still the clerk's message.
    throw new FileError('invalid', `${who(name)}的文档结构异常，无法读取。请在 Word/WPS 中打开后另存为 .docx 再试`);
  }
}

function read(bytes: Uint8Array, name: string | undefined): SourceDocument {
  expectFormat(bytes, 'docx', name);
  const entries = readZipEntries(bytes, [DOCUMENT, STYLES, NUMBERING, '[Content_Types].xml', 'xl/workbook.xml', ODT_MIMETYPE, ODT_CONTENT], name);
  const doc = xml(entries.get(DOCUMENT), name);
  if (!doc && isOdtMimetype(entries.get(ODT_MIMETYPE)) && entries.has(ODT_CONTENT)) return readOdtContent(entries.get(ODT_CONTENT)!, name);
  if (!doc) {
    const what = entries.has('xl/workbook.xml') ? '是 Excel 表格，不是 Word 文档' : '不是 Word 文档（压缩包中没有 word/document.xml）';
    throw new FileError('unknown-format', `${who(name)}${what}。请打开上年报告的 .docx 或 PDF 文件`);
  }
  const body = child(child(doc, 'w:document'), 'w:body');
  if (!body) throw new FileError('invalid', `${who(name)}的文档内容已损坏（没有正文），无法读取`);
  const ctx = { styles: readStyles(xml(entries.get(STYLES), name)), numbering: new Numbering(xml(entries.get(NUMBERING), name)) };
  return { format: 'docx', blocks: trimParagraphs(blocks(body, ctx)) };
}
