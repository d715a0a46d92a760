/**
 * Table geometry shared by both renderers: the font size, the column widths from the content
 * (table-columns.ts) and the row heights. A table is set at 五号 when its numbers fit whole; else
 * the size steps down (to 六号), then the table widens into the page margins, and only then the
 * export is refused with a message that names the table. A table kept on one page (table 三 has
 * 28 rows) also steps down, to 小五 at most, until it fits the page.
 */
import { FileError } from '../file/errors.ts';
import { CELL_PAD, MM, SIZE, TABLE_LINE_RATIO, TEXT_HEIGHT, TEXT_WIDTH } from './layout.ts';
import { coveredGrid, type DocCell, type DocTable } from './model.ts';
import { BORDER, allocateColumns, layoutGrid, measureCells, type TextMeasure } from './table-columns.ts';

export { BORDER, type TextMeasure } from './table-columns.ts';

/**
 * Space kept above and below a table: `before` is the DOCX's spacing after the paragraph above;
 * LibreOffice then sets the table `drop` lower still (measured, 7.x: its top border below the
 * paragraph's end, the table no taller), and our PDF does the same, so that the lines after a
 * table fall where LibreOffice puts them.
 */
export const TABLE_GAP = { before: 4, drop: 1, after: 8 } as const;
/** Everything above a table's top border in the PDF and the plan. */
export const TABLE_ABOVE = TABLE_GAP.before + TABLE_GAP.drop;

/** Height a table may take to stay on one page, below `above` points of heading. */
export function tableSpace(above: number): number {
  return TEXT_HEIGHT - above - TABLE_ABOVE - TABLE_GAP.after;
}

/** Sizes tried in turn: 五号 down to 小五 for a table to fit its page, on to 六号 for its numbers to fit its width. */
export const TABLE_SIZES = [SIZE.table, 10, 9.5, 9, 8, 7.5] as const;
/** The smallest size a table steps down to for height alone. */
const SMALLEST_FOR_HEIGHT = 9;
/** How far a table may reach into each side margin, tried in turn, when even 六号 is too wide. */
export const WIDENINGS_MM = [5, 10, 15] as const;

export interface TableMetrics {
  size: number;
  /** Line pitch in cells. */
  line: number;
  /** Content width of each grid column (without padding and borders). */
  widths: number[];
  /** How far the table reaches into each side margin (0 within the text area). */
  overhang: number;
  grid: (DocCell | null)[][];
  /** Height of each row including its padding (not its border). */
  rowHeights: number[];
  /** Lines of text of each origin cell, by [row][column]. */
  lines: (number | null)[][];
  /** Whole table including borders. */
  height: number;
}

/** Content width of the columns of a table `outer` points wide. */
function innerWidth(table: DocTable, outer: number): number {
  return outer - table.columns * 2 * CELL_PAD.x - (table.columns + 1) * BORDER;
}

/** The table at one size and overall width, or null when its numbers cannot be printed whole. */
export function tableMetrics(table: DocTable, size: number, measure: TextMeasure, overhang = 0): TableMetrics | null {
  const line = size * TABLE_LINE_RATIO;
  const grid = coveredGrid(table);
  const cells = measureCells(grid, size, measure);
  const widths = allocateColumns(cells, grid.length, table.columns, innerWidth(table, TEXT_WIDTH + 2 * overhang), line, size);
  if (!widths) return null;
  const { lines, rowHeights, height } = layoutGrid(cells, grid.length, table.columns, widths, line);
  return { size, line, widths, overhang, grid, rowHeights, lines, height };
}

/** The longest number of a table, for the message when it cannot be printed. */
function longestNumber(table: DocTable): string {
  return table.rows
    .flat()
    .filter((c) => c.isValue)
    .reduce((a, c) => ([...c.text].length > [...a].length ? c.text : a), '');
}

/** Tables are named in messages as the report names them (表二 is the table of part 二). */
const TABLE_NAME: Record<DocTable['id'], string> = { sec2: '第二部分的表格', sec3: '第三部分的表格', sec4: '第四部分的表格' };

/**
 * The largest size at which the table's numbers print whole and, when `available` is given, the
 * table fits in that height (down to 小五; below that height is not worth the smaller type).
 * Throws a FileError the clerk can act on when no size or widening prints the numbers whole.
 */
export function fitTable(table: DocTable, measure: TextMeasure, available?: number): TableMetrics {
  let fallback: TableMetrics | null = null;
  for (const size of TABLE_SIZES) {
    const m = tableMetrics(table, size, measure);
    if (!m) continue;
    if (available === undefined || m.height <= available) return m;
    fallback ??= m;
    if (size <= SMALLEST_FOR_HEIGHT) return fallback.height <= m.height ? fallback : m;
  }
  if (fallback) return fallback;
  const smallest = TABLE_SIZES.at(-1)!;
  for (const mm of WIDENINGS_MM) {
    const m = tableMetrics(table, smallest, measure, mm * MM);
    if (m) return m;
  }
  throw new FileError(
    'invalid',
    `${TABLE_NAME[table.id]}中的数字太长（如“${longestNumber(table)}”），用最小的六号字、表格伸到页边也无法让每个数字在一行内印出：请核对这些数字后再导出`,
  );
}

/** Space above a merged cell's text that centres it in the rows it spans (pdfmake cannot). */
export function centringOffset(m: TableMetrics, r: number, c: number): number {
  const cell = m.grid[r]![c]!;
  const rows = cell.rowSpan;
  const span = m.rowHeights.slice(r, r + rows).reduce((a, b) => a + b, 0) + (rows - 1) * BORDER;
  return Math.max(0, (span - 2 * CELL_PAD.y - m.lines[r]![c]! * m.line) / 2);
}
