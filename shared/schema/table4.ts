/** Table of section 四 (行政复议、行政诉讼): docs/format.md §3.4. 15 values in one row. */
import { label, value, type GridRow, type TableDef, type ValueCellDef } from './table.ts';

export const SEC4_OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const;
/** Index of 总计 inside each group of five. */
export const SEC4_TOTAL_OFFSET = 4;
export const SEC4_REVIEW = '行政复议';
export const SEC4_LITIGATION = '行政诉讼';
export const SEC4_GROUPS = [
  { name: SEC4_REVIEW, full: SEC4_REVIEW },
  { name: '未经复议直接起诉', full: `${SEC4_LITIGATION}（未经复议直接起诉）` },
  { name: '复议后起诉', full: `${SEC4_LITIGATION}（复议后起诉）` },
] as const;

export function sec4Address(index: number): string {
  return `sec4[${index}]`;
}

function build(): { table: TableDef; cells: ValueCellDef[] } {
  const rows: GridRow[] = [
    { kind: 'header', cells: [label(SEC4_REVIEW, 5), label(SEC4_LITIGATION, 10)] },
    {
      kind: 'header',
      cells: [...SEC4_OUTCOMES.map((o) => label(o, 1, 2)), label(SEC4_GROUPS[1].name, 5), label(SEC4_GROUPS[2].name, 5)],
    },
    { kind: 'header', cells: [...SEC4_OUTCOMES, ...SEC4_OUTCOMES].map((o) => label(o)) },
    { kind: 'data', cells: Array.from({ length: 15 }, (_, i) => value(sec4Address(i))) },
  ];
  const cells: ValueCellDef[] = SEC4_GROUPS.flatMap((g, gi) =>
    SEC4_OUTCOMES.map((o, oi) => ({
      address: sec4Address(gi * 5 + oi),
      table: 'sec4' as const,
      kind: 'count' as const,
      isTotal: oi === SEC4_TOTAL_OFFSET,
      label: `表四${g.full} · ${o}`,
      row: `表四${g.full}`,
      column: o,
    })),
  );
  return { table: { id: 'sec4', name: '表四', columns: 15, columnWidths: Array(15).fill(1), rows }, cells };
}

const built = build();
export const TABLE4: TableDef = built.table;
export const TABLE4_CELLS: readonly ValueCellDef[] = built.cells;
