/** Shape of a statutory table: the grid the editor draws, the exporters print and the importer matches. */
export type CellKind = 'count' | 'fee';
export type TableId = 'sec2' | 'sec3' | 'sec4';

export interface LabelCell {
  type: 'label';
  text: string;
  rowSpan: number;
  colSpan: number;
  /** Tall merged labels (三、本年度办理结果) that print better as vertical text in narrow columns. */
  vertical?: boolean;
}

export interface ValueCell {
  type: 'value';
  address: string;
  colSpan: number;
}

export type GridCell = LabelCell | ValueCell;

/** header: column headings (repeat on a new page); group: a caption row spanning the table; data: has values. */
export interface GridRow {
  kind: 'header' | 'group' | 'data';
  cells: GridCell[];
}

export interface TableDef {
  id: TableId;
  /** Short Chinese name used in messages: 表二 / 表三 / 表四. */
  name: string;
  columns: number;
  /** Relative widths of the grid columns, for the exporters and the editor. */
  columnWidths: number[];
  rows: GridRow[];
}

/** One value cell with everything the rules and messages need to know about it. */
export interface ValueCellDef {
  address: string;
  table: TableId;
  kind: CellKind;
  /** A 总计 cell: may be computed from its parts. */
  isTotal: boolean;
  /** Human label used in messages, e.g. 「表三（一）予以公开 · 自然人」. */
  label: string;
  /** The row's part of the label (「表三（一）予以公开」), for lists that group cells by row. */
  row: string;
  /** The column's part (「自然人」). */
  column: string;
}

export function label(text: string, colSpan = 1, rowSpan = 1, vertical = false): LabelCell {
  return vertical ? { type: 'label', text, rowSpan, colSpan, vertical } : { type: 'label', text, rowSpan, colSpan };
}

export function value(address: string, colSpan = 1): ValueCell {
  return { type: 'value', address, colSpan };
}
