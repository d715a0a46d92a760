/**
 * A table that runs on across pages, cut into one piece a page: each piece is a table of its own
 * with the header rows repeated, and every merged label that the cut goes through (「三、本年度办理
 * 结果」, 「（三）不予公开」…) ends at the cut and starts again, with its text, in the next piece.
 * Both renderers draw the pieces, so the PDF and the DOCX have the same rows on each page, and no
 * office suite ever splits a table itself: LibreOffice draws a table it splits over the text after
 * it when a vertical merge crosses the page break, and leaves the label blank.
 */
import { placeCells } from '../schema/spans.ts';
import { CELL_PAD } from './layout.ts';
import { coveredGrid, type DocCell, type DocTable } from './model.ts';
import { BORDER } from './table-columns.ts';
import type { TableMetrics } from './table-fit.ts';

export interface TablePiece {
  /** The header rows, then rows `from`…`to` − 1 of the whole table, merges cut at both ends. */
  table: DocTable;
  metrics: TableMetrics;
  from: number;
  to: number;
}

/** Each row's height from its own one-row cells (a merged label adds to it where it needs, piece by piece). */
function ownHeights(m: TableMetrics): number[] {
  return m.grid.map((row, r) => {
    let n = 1;
    row.forEach((cell, c) => {
      if (cell && cell.rowSpan === 1) n = Math.max(n, m.lines[r]![c]!);
    });
    return n * m.line + 2 * CELL_PAD.y;
  });
}

/** Rows `from`…`to` − 1 of the table under its header rows, as a table of its own. */
export function tablePiece(table: DocTable, m: TableMetrics, from: number, to: number): TablePiece {
  const h = table.headerRows;
  const count = h + to - from;
  const rows: { cell: DocCell; col: number }[][] = Array.from({ length: count }, () => []);
  const lines: (number | null)[][] = Array.from({ length: count }, () => Array<number | null>(table.columns).fill(null));
  for (const p of placeCells(table.rows).flat()) {
    const end = p.row + p.cell.rowSpan;
    // Header cells stay within the header; a body cell is cut to the piece's rows.
    const [start, stop] = p.row < h ? [p.row, Math.min(end, h)] : [Math.max(p.row, from), Math.min(end, to)];
    if (start >= stop) continue;
    const at = start < h ? start : h + start - from;
    rows[at]!.push({ cell: { ...p.cell, rowSpan: stop - start }, col: p.col });
    lines[at]![p.col] = m.lines[p.row]![p.col]!;
  }
  const piece: DocTable = { ...table, rows: rows.map((r) => r.sort((a, b) => a.col - b.col).map((x) => x.cell)) };
  const grid = coveredGrid(piece);
  const own = ownHeights(m);
  const rowHeights = [...own.slice(0, h), ...own.slice(from, to)];
  // As table-columns.ts's layoutGrid: a merged cell taller than its rows makes its last row taller
  // (a label cut down to one row too: ownHeights left it out).
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const need = lines[r]![c]! * m.line + 2 * CELL_PAD.y;
      const have = rowHeights.slice(r, r + cell.rowSpan).reduce((a, b) => a + b, 0) + (cell.rowSpan - 1) * BORDER;
      if (need > have) rowHeights[r + cell.rowSpan - 1]! += need - have;
    }),
  );
  const height = rowHeights.reduce((a, b) => a + b, 0) + (count + 1) * BORDER;
  return { table: piece, metrics: { ...m, grid, lines, rowHeights, height }, from, to };
}

/** Whether some row of the piece is taller than in the whole table (a cut label without the rows to hold its text). */
function stretched(p: TablePiece, m: TableMetrics, headerRows: number): boolean {
  return p.metrics.rowHeights.some((hgt, r) => hgt > (r < headerRows ? m.rowHeights[r]! : m.rowHeights[p.from + r - headerRows]!) + 0.01);
}

/** Whether every merged label cut before row `at` has, from there to its end, the rows to print its text. */
function restHolds(m: TableMetrics, own: readonly number[], at: number): boolean {
  return m.grid.every((row, r) =>
    row.every((cell, c) => {
      if (!cell || r >= at || r + cell.rowSpan <= at) return true;
      const end = r + cell.rowSpan;
      const have = own.slice(at, end).reduce((a, b) => a + b, 0) + (end - at - 1) * BORDER;
      return m.lines[r]![c]! * m.line + 2 * CELL_PAD.y <= have + 0.01;
    }),
  );
}

/**
 * The table cut into pieces: the first at most `first` points tall, each later one at most `page`.
 * Each piece takes as many rows as fit, but never cuts a merged label where one of its parts would
 * lack the rows to print its text (the cut moves up, before the label if need be); only when no cut
 * avoids that does a piece stretch a row. A row taller than a page is a piece alone.
 */
export function cutTable(table: DocTable, m: TableMetrics, first: number, page: number): TablePiece[] {
  const rows = m.rowHeights.length;
  const own = ownHeights(m);
  const pieces: TablePiece[] = [];
  let room = first;
  for (let from = table.headerRows; from < rows; room = page) {
    let fits: TablePiece | null = null;
    let best: TablePiece | null = null;
    for (let to = rows; to > from && !best; to--) {
      const p = tablePiece(table, m, from, to);
      if (p.metrics.height > room + 0.01) continue;
      fits ??= p;
      if (!stretched(p, m, table.headerRows) && restHolds(m, own, to)) best = p;
    }
    const p = best ?? fits ?? tablePiece(table, m, from, from + 1);
    pieces.push(p);
    from = p.to;
  }
  return pieces;
}
