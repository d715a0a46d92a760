/**
 * What a file really is, from its first bytes rather than its name: clerks rename files, and the
 * government website serves .doc files saved as .docx. Each format we cannot read gets a message
 * that says what to do instead.
 */
import { FileError } from '../file/errors.ts';

export type SniffedFormat = 'pdf' | 'zip' | 'ole' | 'image' | 'rtf' | 'unknown';

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  // %PDF may follow a few bytes of junk (some servers prepend a BOM or whitespace); pdf.js allows 1 KB.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 <= head.length; i++) if (startsWith(head, [0x25, 0x50, 0x44, 0x46], i)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    startsWith(bytes, [0x42, 0x4d]) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
  )
    return 'image';
  return 'unknown';
}

/** How a message names the file: by its name when the caller knows it. */
export function who(name: string | undefined): string {
  return name ? `“${name}”` : '该文件';
}

const SAVE_AS_DOCX =
  '请先转存为 .docx 再打开：在 Word 中选择“文件 › 另存为”，保存类型选“Word 文档 (*.docx)”；在 WPS 中选择“文件 › 另存为”，文件类型选“.docx”';

/**
 * Old Word (.doc) and WPS (.wps) files are OLE compound files. An old Word file is read through its text
 * where the Node side can (word-binary.ts); this is the message for the rest: a .wps, a damaged .doc.
 */
export function oleMessage(name: string | undefined): string {
  return `${who(name)}是旧版 Word（.doc）或 WPS（.wps）格式，本程序无法可靠读取其中的表格。${SAVE_AS_DOCX}`;
}

/** The friendly refusal for a file that is not a report document at all, or one we do not read. */
export function unsupportedMessage(name: string | undefined, kind: SniffedFormat, wanted: 'docx' | 'pdf'): string {
  switch (kind) {
    case 'ole':
      return oleMessage(name);
    case 'rtf':
      return `${who(name)}是 RTF 格式，无法读取其中的表格。${SAVE_AS_DOCX}`;
    case 'image':
      return `${who(name)}是图片，本程序不识别图片中的文字。请打开上年报告的 Word 文档（.docx）或 PDF 文件，也可从网页复制报告文字后选择“粘贴上年报告文本”`;
    case 'zip':
      return `${who(name)}不是 Word 文档（可能是 Excel 表格、压缩包或其他文件）。请打开上年报告的 .docx 或 PDF 文件；如是压缩包，请先解压`;
    case 'pdf':
      return `${who(name)}实际是 PDF 文件，请以 PDF 方式打开`;
    default:
      return wanted === 'pdf'
        ? `${who(name)}不是有效的 PDF 文件，可能已损坏或下载不完整`
        : `${who(name)}不是有效的 Word 文档（.docx），可能已损坏或下载不完整`;
  }
}

/** Throws the format's message unless the bytes are what the reader expects. */
export function expectFormat(bytes: Uint8Array, wanted: 'docx' | 'pdf', name: string | undefined): void {
  if (bytes.length === 0) throw new FileError('empty', `${who(name)}是空文件`);
  const kind = sniffFormat(bytes);
  if ((wanted === 'docx' && kind === 'zip') || (wanted === 'pdf' && kind === 'pdf')) return;
  throw new FileError(kind === 'unknown' ? 'invalid' : 'unknown-format', unsupportedMessage(name, kind, wanted));
}
