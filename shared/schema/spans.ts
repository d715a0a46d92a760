/**
 * The one walk over a table with merged cells: each cell of each row is placed at the first grid
 * column not already covered by a rowSpan from a row above. The grid, both exporters and the tests
 * all place cells this way, so a change to the merge rules is made once.
 */
export interface Spanned {
  rowSpan?: number;
  colSpan: number;
}

export interface Placed<T> {
  cell: T;
  /** Row index in the table. */
  row: number;
  /** First grid column the cell covers. */
  col: number;
}

/** Every cell with the grid position it starts at, row by row, in the order given. */
export function placeCells<T extends Spanned>(rows: readonly (readonly T[])[]): Placed<T>[][] {
  const covered = rows.map(() => new Set<number>());
  return rows.map((cells, r) => {
    let col = 0;
    return cells.map((cell) => {
      while (covered[r]!.has(col)) col++;
      const placed = { cell, row: r, col };
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) covered[r + dr]?.add(col + dc);
      }
      col += cell.colSpan;
      return placed;
    });
  });
}

/**
 * The full grid: each position holds the cell that starts there, or null where a merge covers it.
 * Throws when a position is left uncovered or covered twice (a schema or model mistake).
 */
export function spannedGrid<T extends Spanned>(rows: readonly (readonly T[])[], columns: number, name = 'table'): (T | null)[][] {
  const grid: (T | null | undefined)[][] = rows.map(() => Array<T | null | undefined>(columns).fill(undefined));
  for (const { cell, row, col } of placeCells(rows).flat()) {
    for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
      for (let dc = 0; dc < cell.colSpan; dc++) {
        const line = grid[row + dr];
        if (!line || col + dc >= columns || line[col + dc] !== undefined) throw new Error(`${name}: grid position ${row + dr},${col + dc} covered twice or outside`);
        line[col + dc] = dr === 0 && dc === 0 ? cell : null;
      }
    }
  }
  return grid.map((line, r) =>
    line.map((x, c) => {
      if (x === undefined) throw new Error(`${name}: grid position ${r},${c} not covered`);
      return x;
    }),
  );
}
