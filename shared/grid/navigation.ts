/** Keyboard movement over the value cells of one table, the way Excel/WPS 表格 move. */
import { LAYOUT, cellAt, cellCovering, placeOf } from './layout.ts';

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev';

/**
 * The cell reached from `address` by `move`. Arrows stop at the table's edge (stay put); Tab / Shift+Tab
 * run through the table row by row and return null past its ends, so focus can leave the grid.
 */
export function moveFrom(address: string, move: Move): string | null {
  const p = placeOf(address);
  if (!p) return null;
  const rows = LAYOUT[p.table];
  switch (move) {
    case 'left':
      return cellAt(p.table, p.row, p.col - 1)?.address ?? address;
    case 'right':
      return cellAt(p.table, p.row, p.col + 1)?.address ?? address;
    case 'up':
      return p.row === 0 ? address : cellCovering(p.table, p.row - 1, p.colStart)!.address;
    case 'down':
      return p.row === rows.length - 1 ? address : cellCovering(p.table, p.row + 1, p.colStart)!.address;
    case 'next': {
      const same = cellAt(p.table, p.row, p.col + 1);
      if (same) return same.address;
      return cellAt(p.table, p.row + 1, 0)?.address ?? null;
    }
    case 'prev': {
      const same = cellAt(p.table, p.row, p.col - 1);
      if (same) return same.address;
      const above = rows[p.row - 1];
      return above ? above[above.length - 1]!.address : null;
    }
  }
}

/** Every address in the rectangle spanned by two cells of the same table (row/col indices). */
export function rangeAddresses(anchor: string, focus: string): string[] {
  const a = placeOf(anchor);
  const f = placeOf(focus);
  if (!a || !f) return [];
  if (a.table !== f.table) return [focus];
  const [r1, r2] = [Math.min(a.row, f.row), Math.max(a.row, f.row)];
  const [c1, c2] = [Math.min(a.col, f.col), Math.max(a.col, f.col)];
  const out: string[] = [];
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      const cell = cellAt(a.table, r, c);
      if (cell) out.push(cell.address);
    }
  }
  return out;
}

/** The rectangle as rows of addresses, for copying it as TSV. */
export function rangeRows(anchor: string, focus: string): string[][] {
  const cells = rangeAddresses(anchor, focus).map((x) => placeOf(x)!);
  const rows = new Map<number, string[]>();
  for (const c of cells) rows.set(c.row, [...(rows.get(c.row) ?? []), c.address]);
  return [...rows.values()];
}

/** Tab / Shift+Tab past the cells `skip` rules out (read-only totals), as Excel skips locked cells. */
export function tabFrom(address: string, backwards: boolean, skip: (address: string) => boolean): string | null {
  let next = moveFrom(address, backwards ? 'prev' : 'next');
  while (next && skip(next)) next = moveFrom(next, backwards ? 'prev' : 'next');
  return next;
}

/**
 * Enter after a run of Tabs that began at `runStart`: the row below, in the column where the run
 * began (Excel's "return to the start column"); the last row stays put, as a plain Enter does.
 */
export function enterAfterTabs(address: string, runStart: string): string {
  const p = placeOf(address);
  const s = placeOf(runStart);
  if (!p || !s || p.table !== s.table || p.row === LAYOUT[p.table].length - 1) return moveFrom(address, 'down') ?? address;
  return cellCovering(p.table, p.row + 1, s.colStart)!.address;
}
