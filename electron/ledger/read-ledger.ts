/**
 * Reading the clerk's ledger file, whatever it is: an .xlsx workbook (Excel, WPS saved as .xlsx, a
 * provincial system's export) or a CSV. An old .xls, a WPS .et or an .ods is not read: the clerk is told
 * in Chinese how to save it as .xlsx. A password-protected workbook, a damaged file or anything else gets
 * its own message; nothing is guessed from a file that could not be read.
 */
import { basename } from 'node:path';
import { FileError } from '../../shared/file/errors.ts';
import { checkReportSize } from '../../shared/file/size-limit.ts';
import type { LedgerBook } from '../../shared/ledger/book.ts';
import { csvToBook } from '../../shared/ledger/csv.ts';
import { readInputFile } from '../files/read-bytes.ts';
import { readXlsxSheets } from './read-xlsx.ts';

/** What the pickers offer: the readable formats and those that get the message to save as .xlsx. */
export { LEDGER_EXTENSIONS } from '../../shared/ledger/formats.ts';

const SAVE_AS = '请在 Excel 或 WPS 表格中打开它，选择“另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再用保存的 .xlsx 文件统计';

const OLD_FORMATS: Record<string, string> = {
  xls: '旧版 Excel 工作簿（.xls）',
  et: 'WPS 表格文件（.et）',
  ett: 'WPS 表格模板（.ett）',
  ods: 'OpenDocument 表格（.ods）',
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  numbers: 'Numbers 表格',
};

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
/** The OLE container of an .xls, an .et — and of an .xlsx with an opening password. */
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function ledgerFromBytes(bytes: Uint8Array, name: string): Promise<LedgerBook> {
  checkReportSize(name, bytes.length);
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (bytes.length === 0) throw new FileError('empty', `“${name}”是空文件，里面没有台账`);
  const old = OLD_FORMATS[ext];
  if (old) throw new FileError('unknown-format', `“${name}”是${old}，本软件不能直接读取。${SAVE_AS}`);
  if (ext === 'xlsx' || ext === 'xlsm' || isZip(bytes)) {
    if (isOle(bytes)) throw new FileError('unknown-format', `“${name}”设置了打开密码（或是旧版 .xls 改了扩展名），无法读取：请在 Excel 或 WPS 中取消密码，另存为 .xlsx 后再统计`);
    if (!isZip(bytes)) throw new FileError('unknown-format', `“${name}”不是有效的 .xlsx 文件（可能已损坏，或是其他格式改了扩展名）。${SAVE_AS}`);
    let sheets;
    try {
      sheets = await readXlsxSheets(bytes);
    } catch {
      throw new FileError('unknown-format', `“${name}”已损坏或不是 Excel 工作簿，无法读取。${SAVE_AS}`);
    }
    if (!sheets.length) throw new FileError('unknown-format', `“${name}”中没有工作表`);
    return { name, sheets };
  }
  if (isOle(bytes)) throw new FileError('unknown-format', `“${name}”是旧版 Excel（.xls）或 WPS（.et）表格，本软件不能直接读取。${SAVE_AS}`);
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return csvToBook(bytes, name);
  throw new FileError('unknown-format', `“${name}”不是台账表格：请选择 Excel 工作簿（.xlsx）或 CSV 文件`);
}

export async function readLedgerFile(path: string): Promise<LedgerBook> {
  return ledgerFromBytes(await readInputFile(path), basename(path));
}
