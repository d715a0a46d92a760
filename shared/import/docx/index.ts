/**
 * .docx → SourceDocument. Pure (runs in Node and the browser): fflate unzips, saxes parses.
 * Every failure is a FileError with a Chinese message.
 */
import { FileError } from '../../file/errors.ts';
import { expectFormat, who } from '../sniff.ts';
import type { SourceDocument } from '../source.ts';
import { parseWordPart, wordBodySource } from './document.ts';
import { child, type XEl } from './xml.ts';
import { readZipEntries } from './zip.ts';
import { isOdtMimetype, ODT_CONTENT, ODT_MIMETYPE, readOdtContent } from '../odt.ts';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const NUMBERING = 'word/numbering.xml';

function xml(bytes: Uint8Array | undefined, name: string | undefined): XEl | undefined {
  return bytes ? parseWordPart(new TextDecoder('utf-8', { fatal: false }).decode(bytes), name) : undefined;
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
  return wordBodySource(child(child(doc, 'w:document'), 'w:body'), name, xml(entries.get(STYLES), name), xml(entries.get(NUMBERING), name));
}
