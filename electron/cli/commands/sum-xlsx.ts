/** The 汇总 as a spreadsheet: every value cell of tables 二/三/四 one row, labelled from the schema; the files on a second sheet. */
import ExcelJS from 'exceljs';
import type { SumSelection } from '../../../shared/batch/select.ts';
import { getCell } from '../../../shared/report/cells.ts';
import type { Report } from '../../../shared/report/model.ts';
import { ALL_CELLS, TABLES } from '../../../shared/schema/index.ts';

export async function sumWorkbook(summed: Report, sel: SumSelection): Promise<Uint8Array> {
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
