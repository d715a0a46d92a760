/**
 * The review as a spreadsheet the district office filters and forwards: one row per finding, filters
 * on the header, each unit's rows coloured by its worst finding. Written with exceljs (autofilter, fills
 * and frozen panes are part of its API; it also reads the file back in the tests).
 */
import { countBatch, worstSeverity, type BatchEntry, type BatchSeverity } from '../../shared/batch/review.ts';

export const SEVERITY_TEXT: Record<BatchSeverity, string> = { error: '错误', warning: '警告', note: '提示' };

/** Light fills (ARGB) that keep black text readable when printed. */
export const SEVERITY_FILL: Record<BatchSeverity | 'none', string> = {
  error: 'FFF8CBAD',
  warning: 'FFFFE699',
  note: 'FFDDEBF7',
  none: 'FFE2EFDA',
};

const COLUMNS = [
  { header: '文件', key: 'file', width: 36 },
  { header: '单位', key: 'unit', width: 28 },
  { header: '年度', key: 'year', width: 8 },
  { header: '错误', key: 'errors', width: 6 },
  { header: '警告', key: 'warnings', width: 6 },
  { header: '类别', key: 'severity', width: 6 },
  { header: '问题', key: 'message', width: 80 },
  { header: '单元格', key: 'cells', width: 20 },
];

export async function reviewWorkbook(entries: readonly BatchEntry[]): Promise<Uint8Array> {
  // exceljs costs ~0.5 s of CPU to load: only the spreadsheets load it, not every start of the CLI.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('审核结果', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS;
  ws.getRow(1).font = { bold: true };
  for (const e of entries) {
    const c = countBatch(e.findings);
    const base = { file: e.file, unit: e.unit ?? '', year: e.year ?? '', errors: c.error, warnings: c.warning };
    const fill = SEVERITY_FILL[worstSeverity(e.findings) ?? 'none'];
    const lines = e.findings.length
      ? e.findings.map((f) => ({ ...base, severity: SEVERITY_TEXT[f.severity], message: f.message, cells: f.cells.join(' ') }))
      : [{ ...base, severity: '', message: '未发现问题', cells: '' }];
    for (const line of lines) {
      const row = ws.addRow(line);
      row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      row.alignment = { vertical: 'top', wrapText: true };
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: COLUMNS.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
