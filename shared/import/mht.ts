/**
 * A web page archive (MHT, "单个文件网页") → SourceDocument. Word saves one as .mht, and many office
 * systems' 「导出 Word」 hand one out named .doc (Word and WPS open it as a document): a MIME message whose
 * first part is the page, quoted-printable or base64 in the page's own charset (often gb2312), with its
 * images as further parts. postal-mime (pure, no dependencies, runs in Node and the browser) takes the
 * MIME apart; the page is then read as any saved web page.
 */
import PostalMime from 'postal-mime';
import { FileError } from '../file/errors.ts';
import { htmlToSource } from './html.ts';
import { who } from './sniff.ts';
import type { SourceDocument } from './source.ts';

/** Whether a file's first bytes (lower-cased, leading space removed) are a MIME archive of a web page. */
export function looksLikeMht(head: string): boolean {
  return /^(mime-version:|content-type:|from:|subject:|date:|x-mimeole:)/.test(head) && head.includes('multipart/related');
}

export async function readMht(bytes: Uint8Array, name?: string): Promise<SourceDocument> {
  let html: string | undefined;
  try {
    html = (await PostalMime.parse(bytes)).html;
  } catch {
    throw new FileError('invalid', `${who(name)}是网页存档（MHT），但内容已损坏，无法读取。请在 Word/WPS 中打开后另存为 .docx 再试`);
  }
  if (!html?.trim()) throw new FileError('invalid', `${who(name)}是网页存档（MHT），但其中没有网页内容，无法作为年报读取`);
  return htmlToSource(html);
}
