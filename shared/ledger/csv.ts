/**
 * A ledger saved as CSV (Excel/WPS 另存为 CSV, or a provincial system's export): UTF-8 or the GBK that
 * Excel writes on a Chinese Windows, commas (or tabs, or semicolons), quoted cells with commas and line
 * breaks. Every cell is text; the counting reads dates and numbers from it.
 */
import { FileError } from '../file/errors.ts';
import { parseDelimited } from '../grid/tsv.ts';
import { decodeText, looksLikeText } from '../import/text.ts';
import type { LedgerBook, LedgerValue } from './book.ts';

/** The separator the first lines use most: a ledger's header has several cells. */
function sniffDelimiter(text: string): string {
  const head = text.slice(0, 4000).split('\n').slice(0, 20).join('\n');
  let best = ',';
  let most = -1;
  for (const d of [',', '\t', ';']) {
    const n = head.split(d).length;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

export function csvToBook(bytes: Uint8Array, name: string): LedgerBook {
  const decoded = decodeText(bytes);
  if (!decoded || !looksLikeText(decoded.text)) {
    throw new FileError('unknown-format', `“${name}”不是文本格式的 CSV 文件，无法读取；请在 Excel 或 WPS 中另存为 .xlsx 后再统计`);
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  const rows: LedgerValue[][] = parseDelimited(text, sniffDelimiter(text)).map((r) => r.map((c) => (c.trim() === '' ? null : c)));
  const sheet = name.replace(/\.[^.]*$/, '') || '台账';
  return { name, sheets: [{ name: sheet, rows }] };
}
