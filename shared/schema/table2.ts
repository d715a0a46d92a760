/** Table of section 二 (第二十条): docs/format.md §3.2. */
import { label, value, type CellKind, type GridRow, type TableDef, type ValueCellDef } from './table.ts';

export type Sec2RowKey = 'rules' | 'normativeDocs' | 'licensing' | 'punishment' | 'enforcement' | 'fees';
export type Sec2Field = 'issued' | 'repealed' | 'effective';

interface Sec2Item {
  caption: string;
  columns: readonly string[];
  /** Field names when the item has several value columns (第（一）项). */
  fields?: readonly Sec2Field[];
  rows: readonly { key: Sec2RowKey; label: string; kind?: CellKind }[];
}

export const SEC2_ITEMS: readonly Sec2Item[] = [
  {
    caption: '第二十条第（一）项',
    columns: ['本年制发件数', '本年废止件数', '现行有效件数'],
    fields: ['issued', 'repealed', 'effective'],
    rows: [
      { key: 'rules', label: '规章' },
      { key: 'normativeDocs', label: '行政规范性文件' },
    ],
  },
  { caption: '第二十条第（五）项', columns: ['本年处理决定数量'], rows: [{ key: 'licensing', label: '行政许可' }] },
  {
    caption: '第二十条第（六）项',
    columns: ['本年处理决定数量'],
    rows: [
      { key: 'punishment', label: '行政处罚' },
      { key: 'enforcement', label: '行政强制' },
    ],
  },
  {
    caption: '第二十条第（八）项',
    columns: ['本年收费金额（单位：万元）'],
    rows: [{ key: 'fees', label: '行政事业性收费', kind: 'fee' }],
  },
];

export const SEC2_CONTENT_HEADER = '信息内容';

export function sec2Address(key: Sec2RowKey, field?: Sec2Field): string {
  return field ? `sec2.${key}.${field}` : `sec2.${key}`;
}

function build(): { table: TableDef; cells: ValueCellDef[] } {
  const rows: GridRow[] = [];
  const cells: ValueCellDef[] = [];
  for (const item of SEC2_ITEMS) {
    rows.push({ kind: 'group', cells: [label(item.caption, 4)] });
    // A single value column spans the three value columns of the grid.
    const span = item.fields ? 1 : 3;
    rows.push({ kind: 'header', cells: [label(SEC2_CONTENT_HEADER), ...item.columns.map((c) => label(c, span))] });
    for (const row of item.rows) {
      const fields = item.fields ?? [undefined];
      rows.push({
        kind: 'data',
        cells: [label(row.label), ...fields.map((f) => value(sec2Address(row.key, f), span))],
      });
      fields.forEach((f, i) => {
        cells.push({
          address: sec2Address(row.key, f),
          table: 'sec2',
          kind: row.kind ?? 'count',
          isTotal: false,
          label: `表二 ${row.label} ${item.columns[i]}`,
          row: `表二 ${row.label}`,
          column: item.columns[i]!,
        });
      });
    }
  }
  return { table: { id: 'sec2', name: '表二', columns: 4, columnWidths: [3, 2, 2, 2], rows }, cells };
}

const built = build();
export const TABLE2: TableDef = built.table;
export const TABLE2_CELLS: readonly ValueCellDef[] = built.cells;
