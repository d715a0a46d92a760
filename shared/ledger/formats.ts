/**
 * The ledger files the pickers offer (desktop dialog filters, the web build's `<input accept>`): the two
 * the app reads and the spreadsheet formats it does not, so that picking an .xls or .et gets the message
 * on saving it as .xlsx instead of a chooser that hides the file.
 */
export const LEDGER_EXTENSIONS: readonly string[] = ['xlsx', 'xlsm', 'csv', 'xls', 'et', 'ods'];

export const LEDGER_ACCEPT = LEDGER_EXTENSIONS.map((e) => `.${e}`).join(',');

export function ledgerDialogFilters(): { name: string; extensions: string[] }[] {
  return [
    { name: '台账表格（Excel、CSV）', extensions: [...LEDGER_EXTENSIONS] },
    { name: 'Excel 工作簿', extensions: ['xlsx', 'xlsm'] },
    { name: 'CSV 文件', extensions: ['csv'] },
  ];
}
