/**
 * Table geometry shared by both renderers: column widths, estimated row heights, and the font size
 * that keeps a table on one page (table 三 has 28 rows). Heights are estimated from glyph widths:
 * every row is single-line text at a fixed pitch, and CJK text breaks between any two characters.
 */
import { CELL_PAD, SIZE, TABLE_LINE_RATIO, TEXT_HEIGHT, TEXT_WIDTH, type FontRole } from './layout.ts';
import { coveredGrid, type DocCell, type DocTable } from './model.ts';

export interface TextMeasure {
  /** Advance width of `text` at `size` points in the role's font. */
  textWidth(role: FontRole, text: string, size: number): number;
}

/** Width of the cell borders, in points. */
export const BORDER = 0.75;

/** Space kept above and below a table. */
export const TABLE_GAP = { before: 4, after: 8 } as const;

/** Height a table may take to stay on one page, below `above` points of heading. */
export function tableSpace(above: number): number {
  return TEXT_HEIGHT - above - TABLE_GAP.before - TABLE_GAP.after;
}

/** Sizes tried in turn: 五号 down to 小五. */
export const TABLE_SIZES = [SIZE.table, 10, 9.5, 9] as const;

export interface TableMetrics {
  size: number;
  /** Line pitch in cells. */
  line: number;
  /** Content width of each grid column (without padding and borders). */
  widths: number[];
  grid: (DocCell | null)[][];
  /** Height of each row including its padding (not its border). */
  rowHeights: number[];
  /** Lines of text of each origin cell, by [row][column]. */
  lines: (number | null)[][];
  /** Whole table including borders. */
  height: number;
}

function lineCount(text: string, width: number, size: number, measure: TextMeasure, vertical: boolean): number {
  if (vertical) return [...text].length;
  let lines = 1;
  let x = 0;
  for (const ch of text) {
    const w = measure.textWidth('table', ch, size);
    if (x + w > width + 0.01 && x > 0) {
      lines++;
      x = 0;
    }
    x += w;
  }
  return lines;
}

export function tableMetrics(table: DocTable, size: number, measure: TextMeasure): TableMetrics {
  const line = size * TABLE_LINE_RATIO;
  const totalWeight = table.columnWidths.reduce((a, b) => a + b, 0);
  const inner = TEXT_WIDTH - table.columns * 2 * CELL_PAD.x - (table.columns + 1) * BORDER;
  const widths = table.columnWidths.map((w) => (w / totalWeight) * inner);
  const grid = coveredGrid(table);
  const spanWidth = (c: number, span: number) =>
    widths.slice(c, c + span).reduce((a, b) => a + b, 0) + (span - 1) * (2 * CELL_PAD.x + BORDER);
  const lines = grid.map((row) =>
    row.map((cell, c) => (cell ? lineCount(cell.text, spanWidth(c, cell.colSpan), size, measure, cell.vertical) : null)),
  );
  const rowHeights = grid.map((row, r) => {
    let n = 1;
    row.forEach((cell, c) => {
      if (cell && cell.rowSpan === 1) n = Math.max(n, lines[r]![c]!);
    });
    return n * line + 2 * CELL_PAD.y;
  });
  // A merged cell taller than the rows it spans makes its last row taller.
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.rowSpan === 1) return;
      const need = lines[r]![c]! * line + 2 * CELL_PAD.y;
      const have = rowHeights.slice(r, r + cell.rowSpan).reduce((a, b) => a + b, 0) + (cell.rowSpan - 1) * BORDER;
      if (need > have) rowHeights[r + cell.rowSpan - 1]! += need - have;
    }),
  );
  const height = rowHeights.reduce((a, b) => a + b, 0) + (rowHeights.length + 1) * BORDER;
  return { size, line, widths, grid, rowHeights, lines, height };
}

/** The largest size at which the table fits in `available` points; the smallest tried if none does. */
export function fitTable(table: DocTable, measure: TextMeasure, available: number): TableMetrics {
  let m = tableMetrics(table, TABLE_SIZES[0], measure);
  for (const size of TABLE_SIZES.slice(1)) {
    if (m.height <= available) break;
    m = tableMetrics(table, size, measure);
  }
  return m;
}

/** Space above a merged cell's text that centres it in the rows it spans (pdfmake cannot). */
export function centringOffset(m: TableMetrics, r: number, c: number): number {
  const cell = m.grid[r]![c]!;
  const span = m.rowHeights.slice(r, r + cell.rowSpan).reduce((a, b) => a + b, 0) + (cell.rowSpan - 1) * BORDER;
  return Math.max(0, (span - 2 * CELL_PAD.y - m.lines[r]![c]! * m.line) / 2);
}
