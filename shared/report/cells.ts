/** Reading cells of a report by address, the way the rules and exporters need them. */
import { cellDef } from '../schema/index.ts';
import { EMPTY_CELL, parseCellText, type CellValue, type ParsedCell } from '../values/parse.ts';
import type { Report } from './model.ts';

export function getCell(report: Pick<Report, 'cells'>, address: string): CellValue {
  return report.cells[address] ?? EMPTY_CELL;
}

export function parsedCell(report: Pick<Report, 'cells'>, address: string): ParsedCell {
  const def = cellDef(address);
  return parseCellText(getCell(report, address).raw, def?.kind ?? 'count');
}

/** The number a cell contributes to a sum while the report is being filled: empty and invalid count as 0. */
export function numberOf(report: Pick<Report, 'cells'>, address: string): number {
  const v = getCell(report, address).value;
  return v ?? 0;
}
