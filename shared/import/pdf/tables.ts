/** Grid fragments (one per page) → SourceBlock tables, a table cut by a page break continued as one. */
import type { SourceCell } from '../source.ts';
import { cellAt, type Grid } from './lattice.ts';
import { splitRun, toLines, type Run } from './text.ts';

export interface Fragment {
  grid: Grid;
  /** The text of each cell of grid.cells. */
  texts: string[];
}

/** Places runs into the grid's cells; runs that straddle a column border are split there. */
export function fillGrid(grid: Grid, runs: Run[]): Fragment {
  const byCell: Run[][] = grid.cells.map(() => []);
  const queue = [...runs];
  while (queue.length) {
    const run = queue.pop()!;
    const inner = grid.xs.find((x) => x > run.x0 + 0.3 * run.size && x < run.x1 - 0.3 * run.size);
    const parts = inner === undefined ? null : splitRun(run, inner);
    if (parts) {
      queue.push(...parts);
      continue;
    }
    const i = cellAt(grid, (run.x0 + run.x1) / 2, run.base - run.size * 0.35);
    if (i >= 0) byCell[i]!.push(run);
  }
  return { grid, texts: byCell.map((rs) => toLines(rs).map((l) => l.text).join('\n')) };
}

/** Whether the next page's table carries on this one: same outer left and right borders. */
export function continues(a: Fragment, b: Fragment): boolean {
  const ax = a.grid.xs, bx = b.grid.xs;
  return Math.abs(ax[0]! - bx[0]!) <= 4 && Math.abs(ax[ax.length - 1]! - bx[bx.length - 1]!) <= 4;
}

/** One table from its page fragments, on the union of their column borders. */
export function toTable(fragments: Fragment[]): SourceCell[][] {
  const all = fragments.flatMap((f) => f.grid.xs).sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of all) if (!columns.length || x - columns[columns.length - 1]! > 3) columns.push(x);
  const col = (x: number) => {
    let best = 0;
    for (let i = 1; i < columns.length; i++) if (Math.abs(columns[i]! - x) < Math.abs(columns[best]! - x)) best = i;
    return best;
  };
  const rows: SourceCell[][] = [];
  // Cells of the previous fragment that reach its last row, by column range: a merged cell cut by the page break.
  let open = new Map<string, SourceCell>();
  for (const f of fragments) {
    const nRows = f.grid.ys.length - 1;
    const start = rows.length;
    for (let r = 0; r < nRows; r++) rows.push([]);
    const order = f.grid.cells.map((c, i) => ({ c, i })).sort((a, b) => a.c.r0 - b.c.r0 || a.c.c0 - b.c.c0);
    const next = new Map<string, SourceCell>();
    for (const { c, i } of order) {
      const span = `${col(c.x0)}:${col(c.x1)}`;
      const above = c.r0 === 0 ? open.get(span) : undefined;
      let cell: SourceCell;
      // An empty cell at the top of a continued table under a cell cut at the page end is that cell's remainder.
      if (above && f.texts[i] === '') {
        above.rowSpan += c.r1 - c.r0;
        cell = above;
      } else {
        cell = { text: f.texts[i]!, rowSpan: c.r1 - c.r0, colSpan: Math.max(1, col(c.x1) - col(c.x0)) };
        rows[start + c.r0]!.push(cell);
      }
      if (c.r1 === nRows) next.set(span, cell);
    }
    open = next;
  }
  return rows;
}
