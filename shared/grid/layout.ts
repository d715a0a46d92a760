/**
 * Where each value cell sits in its table: the row among value rows and its index in that row, plus the
 * grid column it starts at (merged label cells shift it). Navigation, selection and paste work on this.
 */
import { TABLES, type TableId } from '../schema/index.ts';
import { placeCells } from '../schema/spans.ts';

export interface LaidOutCell {
  address: string;
  table: TableId;
  /** Index of the value row within the table (rows without value cells are skipped). */
  row: number;
  /** Index of the cell within its value row. */
  col: number;
  /** First grid column the cell covers, and how many. */
  colStart: number;
  colSpan: number;
}

export const TABLE_ORDER: readonly TableId[] = ['sec2', 'sec3', 'sec4'];

function layOut(id: TableId): LaidOutCell[][] {
  const out: LaidOutCell[][] = [];
  for (const row of placeCells(TABLES[id].rows.map((r) => r.cells))) {
    const values: LaidOutCell[] = [];
    for (const { cell, col } of row) {
      if (cell.type === 'value') {
        values.push({ address: cell.address, table: id, row: out.length, col: values.length, colStart: col, colSpan: cell.colSpan });
      }
    }
    if (values.length) out.push(values);
  }
  return out;
}

export const LAYOUT: Record<TableId, LaidOutCell[][]> = {
  sec2: layOut('sec2'),
  sec3: layOut('sec3'),
  sec4: layOut('sec4'),
};

const BY_ADDRESS = new Map<string, LaidOutCell>(
  TABLE_ORDER.flatMap((t) => LAYOUT[t].flat().map((c) => [c.address, c] as const)),
);

export function placeOf(address: string): LaidOutCell | undefined {
  return BY_ADDRESS.get(address);
}

export function cellAt(table: TableId, row: number, col: number): LaidOutCell | undefined {
  return LAYOUT[table][row]?.[col];
}

export function firstCell(table: TableId): string {
  return LAYOUT[table][0]![0]!.address;
}

export function lastCell(table: TableId): string {
  const rows = LAYOUT[table];
  const last = rows[rows.length - 1]!;
  return last[last.length - 1]!.address;
}

/** The cell of a row that covers a grid column (or the nearest one), for moving up and down. */
export function cellCovering(table: TableId, row: number, gridCol: number): LaidOutCell | undefined {
  const cells = LAYOUT[table][row];
  if (!cells) return undefined;
  return (
    cells.find((c) => gridCol >= c.colStart && gridCol < c.colStart + c.colSpan) ??
    cells.reduce((best, c) => (Math.abs(c.colStart - gridCol) < Math.abs(best.colStart - gridCol) ? c : best))
  );
}
