/** The statutory format as data: one definition read by the grid, rules, importers and exporters. */
import { TABLE2, TABLE2_CELLS } from './table2.ts';
import { TABLE3, TABLE3_CELLS } from './table3.ts';
import { TABLE4, TABLE4_CELLS } from './table4.ts';
import type { TableDef, TableId, ValueCellDef } from './table.ts';

export * from './table.ts';
export * from './sections.ts';
export * from './table2.ts';
export * from './table3.ts';
export * from './table4.ts';
export * from './units.ts';

export const TABLES: Record<TableId, TableDef> = { sec2: TABLE2, sec3: TABLE3, sec4: TABLE4 };

/** Every value cell of the three tables, in statutory reading order (10 + 175 + 15). */
export const ALL_CELLS: readonly ValueCellDef[] = [...TABLE2_CELLS, ...TABLE3_CELLS, ...TABLE4_CELLS];

const BY_ADDRESS = new Map(ALL_CELLS.map((c) => [c.address, c]));

export function cellDef(address: string): ValueCellDef | undefined {
  return BY_ADDRESS.get(address);
}

export function isCellAddress(address: string): boolean {
  return BY_ADDRESS.has(address);
}

export const FORMAT_CITATION = '国办公开办函〔2021〕30号';
