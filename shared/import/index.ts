/**
 * The importer's front door: any file a clerk may have of last year's report → a report with flags.
 * Picks the reader by content first (a .txt that is really a PDF still opens) and by extension second.
 */
import { emptyFileMessage, parseJsonText, parseReportFile, reportFromData } from '../file/codec.ts';
import { FileError } from '../file/errors.ts';
import { FILE_EXTENSION } from '../file/format.ts';
import { checkReportSize } from '../file/size-limit.ts';
import { describeIssues, issuePath } from '../file/zod-text.ts';
import { factsSchema, factsToReport, looksLikeFacts } from '../report/facts.ts';
import { importDocument } from './document.ts';
import { readDocx } from './docx/index.ts';
import { looksLikeWordXml, readWordXml } from './docx/word-xml.ts';
import { readHtml } from './html.ts';
import { readRtf } from './rtf.ts';
import { looksLikeMht, readMht } from './mht.ts';
import { NoTextLayer, readPdf } from './pdf/index.ts';
import { sniffFormat, unsupportedMessage } from './sniff.ts';
import type { ImportResult, SourceDocument } from './source.ts';
import { decodeText, looksLikeText, textToSource } from './text.ts';
import { wordBinarySource, type WordBinaryReader, type WordBinaryText } from './word-binary.ts';

export { importDocument } from './document.ts';
export type { ImportFlag, ImportResult, SourceDocument, SourceBlock, SourceCell } from './source.ts';


function extOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/** What a file that is not a binary document is: a Word document saved as XML, a web page archive (MHT), a saved web page, a JSON file, or text. */
export function sniffText(name: string, bytes: Uint8Array): 'word-xml' | 'mht' | 'html' | 'json' | 'text' {
  const ext = extOf(name);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (looksLikeWordXml(head)) return 'word-xml';
  if (looksLikeMht(head)) return 'mht';
  if (ext === 'html' || ext === 'htm' || head.startsWith('<!doctype html') || head.startsWith('<html') || /^<\?xml[^>]*>\s*<html/.test(head)) {
    return 'html';
  }
  return head.startsWith('{') ? 'json' : 'text';
}

function jsonReport(text: string, name: string): ImportResult {
  // Parsed once; a broken file gets the .nianbao reader's precise message (line, nesting).
  const data = parseJsonText(text, name);
  if (looksLikeFacts(data)) {
    const parsed = factsSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      throw new FileError('invalid', `“${name}”的表格数据不完整或有误：${describeIssues(parsed.error.issues)}`, issuePath(parsed.error.issues[0]?.path ?? []));
    }
    const { report, flags } = factsToReport(parsed.data);
    return { report, flags, format: 'facts' };
  }
  return { report: reportFromData(data, name), flags: [], format: 'nianbao' };
}

/** Text of a text file in any of the encodings Windows saves, or a Chinese FileError. */
export function textOf(name: string, bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  if (!decoded || !looksLikeText(decoded.text)) {
    throw new FileError('unknown-format', `“${name}”不是文本文件，也不是可以读取的 Word、PDF 或网页文件，无法作为年报读取`);
  }
  return decoded.text;
}

/** Pasted text (the clerk copied last year's report from a web page or PDF). */
export function importText(text: string): ImportResult {
  return importDocument(textToSource(text));
}

/** Text already decoded: a .nianbao file, a facts JSON, or a report as text; `name` is used in messages. */
export function importTextContent(name: string, text: string): ImportResult {
  if (text.replace(/^\uFEFF/, '').trimStart().startsWith('{')) return jsonReport(text, name);
  // A .nianbao (or .json) that is empty or not JSON is a damaged file of ours, not a report as text.
  const ext = `.${extOf(name)}`;
  if (ext === FILE_EXTENSION || ext === '.json') return { report: parseReportFile(text, name), flags: [], format: 'nianbao' };
  return foundReport(importText(text), name);
}

/** A reading with neither a title nor a table cell is no report. */
function foundReport(result: ImportResult, name: string): ImportResult {
  if (!result.report.unit.name && !Object.keys(result.report.cells).length) {
    throw new FileError('unknown-format', `“${name}”中没有找到年度报告的标题或表格，无法作为年报读取`);
  }
  return result;
}

/** Reads a scan (an image, or a PDF without a text layer) by OCR; given by the Node side, which has the engine. */
export type ScanReader = (bytes: Uint8Array, name: string) => Promise<ImportResult>;

/** Readers only the Node side has, given by it: OCR for scans, the old Word format's text. */
export interface NodeReaders {
  scan?: ScanReader;
  wordBinary?: WordBinaryReader;
}

export async function importFile(name: string, bytes: Uint8Array, opts: NodeReaders = {}): Promise<ImportResult> {
  checkReportSize(name, bytes.length);
  if (bytes.length === 0) throw new FileError('empty', emptyFileMessage(name));
  const binary = sniffFormat(bytes);
  if (binary === 'ole' && opts.wordBinary) return importWordBinary(name, bytes, opts.wordBinary);
  if (binary === 'rtf') return foundReport(importDocument(readRtf(bytes, name)), name);
  if (binary === 'zip') return importDocument(await readDocx(bytes, name));
  if (binary === 'pdf') return importPdf(bytes, name, opts.scan);
  if (binary === 'image' && opts.scan) return opts.scan(bytes, name);
  if (binary !== 'unknown') throw new FileError('unknown-format', unsupportedMessage(name, binary, 'docx'));
  const text = sniffText(name, bytes);
  if (text === 'html') return importDocument(readHtml(bytes));
  if (text === 'word-xml') return importDocument(readWordXml(textOf(name, bytes), name));
  if (text === 'mht') return importDocument(await readMht(bytes, name));
  const ext = extOf(name);
  // Named .docx or .pdf but neither inside: a damaged (or cut-off) document, said so — not 「不是…可以读取的文件」.
  if (ext === 'docx' || ext === 'pdf') {
    const what = ext === 'docx' ? 'Word 文档（.docx）' : 'PDF 文件';
    throw new FileError('invalid', `文件已损坏：“${name}”的扩展名是 .${ext}，但内容不是${what}，可能已损坏或下载不完整。请重新下载或从原处再取一份`);
  }
  return importTextContent(name, textOf(name, bytes));
}

/** An old Word file; any other OLE file (a .wps, an Excel .xls) keeps its message on how to save it as .docx. */
async function importWordBinary(name: string, bytes: Uint8Array, read: WordBinaryReader): Promise<ImportResult> {
  let text: WordBinaryText;
  try {
    text = await read(bytes);
  } catch {
    throw new FileError('unknown-format', unsupportedMessage(name, 'ole', 'docx'));
  }
  return foundReport(importDocument(wordBinarySource(text)), name);
}

/** A PDF without a text layer is a scan: read by OCR when the caller can. */
async function importPdf(bytes: Uint8Array, name: string, scan: ScanReader | undefined): Promise<ImportResult> {
  let doc: SourceDocument;
  try {
    doc = await readPdf(bytes, name);
  } catch (e) {
    if (e instanceof NoTextLayer && scan) return scan(bytes, name);
    throw e;
  }
  return importDocument(doc);
}
