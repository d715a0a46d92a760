/**
 * The 汇总 as a file, for the CLI's `sum -o` and the app's 导出汇总表 alike: a .nianbao to open and edit,
 * a spreadsheet (every value cell one row, labelled from the schema; the files on a second sheet), or the
 * DOCX of the standard export with the list of units summed as its opening paragraph.
 */
import type { SumSelection } from '../../shared/batch/select.ts';
import { serializeReport } from '../../shared/file/codec.ts';
import { getCell } from '../../shared/report/cells.ts';
import type { Report } from '../../shared/report/model.ts';
import { ALL_CELLS, TABLES } from '../../shared/schema/index.ts';

async function sumWorkbook(summed: Report, sel: SumSelection): Promise<Uint8Array> {
  // exceljs costs ~0.5 s of CPU to load: only the spreadsheets load it, not every start of the CLI.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '表', key: 'table', width: 6 },
    { header: '项目', key: 'label', width: 60 },
    { header: '数值', key: 'value', width: 14 },
    { header: '单元格', key: 'address', width: 28 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const c of ALL_CELLS) {
    ws.addRow({ table: TABLES[c.table].name, label: c.label, value: getCell(summed, c.address).value, address: c.address });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: ws.rowCount, column: 4 } };
  const files = wb.addWorksheet('文件');
  files.columns = [
    { header: '文件', key: 'file', width: 36 },
    { header: '计入', key: 'state', width: 8 },
    { header: '单位或原因', key: 'note', width: 60 },
  ];
  files.getRow(1).font = { bold: true };
  for (const i of sel.included) files.addRow({ file: i.file, state: '计入', note: i.unit });
  for (const e of sel.excluded) files.addRow({ file: e.file, state: '未计入', note: e.reason });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export type SumFormat = 'nianbao' | 'xlsx' | 'docx';

/** The summed report as it is printed: its opening paragraph says whose tables were added up. */
export function sumForPrint(summed: Report, sel: SumSelection): Report {
  const units = sel.included.map((i) => i.unit).join('、');
  const text = `本报告表格由以下${sel.included.length}个单位${sel.year}年度政府信息公开工作年度报告的表格逐项相加汇总而成：${units}。`;
  return { ...summed, preamble: [{ heading: '', text }] };
}

export async function sumBytes(format: SumFormat, summed: Report, sel: SumSelection): Promise<Uint8Array> {
  if (format === 'xlsx') return sumWorkbook(summed, sel);
  if (format === 'nianbao') return new TextEncoder().encode(serializeReport(summed));
  const { renderExport } = await import('../export/index.ts');
  return (await renderExport(sumForPrint(summed, sel), 'docx')).bytes;
}
