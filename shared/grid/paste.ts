/** Planning a pasted block or a fill-down: which cells get which text, and what had to be left out. */
import { LAYOUT, cellAt, placeOf } from './layout.ts';
import { rangeAddresses } from './navigation.ts';

export interface CellWrite {
  address: string;
  text: string;
}

export interface PastePlan {
  writes: CellWrite[];
  /** Computed 总计 cells the block covered; they keep their computed value. */
  skippedComputed: string[];
  /** Rows and columns of the block that fell outside the table. */
  cutRows: number;
  cutCols: number;
}

/**
 * A block pasted at `anchor`. A single value pasted over a selection fills the whole selection, as
 * Excel does. Rows follow the table's value rows; columns follow the cells of each row.
 */
export function planPaste(
  anchor: string,
  block: readonly (readonly string[])[],
  computed: ReadonlySet<string>,
  selection: readonly string[] = [],
): PastePlan {
  const plan: PastePlan = { writes: [], skippedComputed: [], cutRows: 0, cutCols: 0 };
  const start = placeOf(anchor);
  if (!start || block.length === 0) return plan;
  const put = (address: string, text: string) => {
    if (computed.has(address)) plan.skippedComputed.push(address);
    else plan.writes.push({ address, text });
  };
  if (block.length === 1 && block[0]!.length === 1 && selection.length > 1) {
    for (const a of selection) put(a, block[0]![0]!);
    return plan;
  }
  const rows = LAYOUT[start.table];
  plan.cutRows = Math.max(0, start.row + block.length - rows.length);
  block.forEach((line, dr) => {
    const r = start.row + dr;
    if (r >= rows.length) return;
    line.forEach((text, dc) => {
      const cell = cellAt(start.table, r, start.col + dc);
      if (cell) put(cell.address, text);
    });
    plan.cutCols = Math.max(plan.cutCols, start.col + line.length - rows[r]!.length);
  });
  return plan;
}

/** The Chinese notice for what a paste left out, or null when everything landed. */
export function pasteNotice(plan: PastePlan): string | null {
  const parts: string[] = [];
  if (plan.cutRows > 0 || plan.cutCols > 0) {
    const cut = [plan.cutRows > 0 ? `${plan.cutRows} 行` : '', plan.cutCols > 0 ? `${plan.cutCols} 列` : '']
      .filter(Boolean)
      .join('、');
    parts.push(`粘贴的内容超出表格范围，多出的 ${cut}未粘贴`);
  }
  if (plan.skippedComputed.length > 0) {
    parts.push(`${plan.skippedComputed.length} 个自动计算的总计单元格未被覆盖`);
  }
  return parts.length ? `${parts.join('；')}。` : null;
}

/**
 * Ctrl+D: each column of the selection takes the value of its top cell; with a one-row selection the
 * cell above is copied down, as in Excel.
 */
export function planFillDown(
  anchor: string,
  focus: string,
  valueOf: (address: string) => string,
  computed: ReadonlySet<string>,
): CellWrite[] {
  const cells = rangeAddresses(anchor, focus).map((a) => placeOf(a)!);
  if (cells.length === 0) return [];
  const top = Math.min(...cells.map((c) => c.row));
  const single = cells.every((c) => c.row === top);
  const writes: CellWrite[] = [];
  for (const c of cells) {
    if (computed.has(c.address)) continue;
    if (single) {
      const above = top > 0 ? LAYOUT[c.table][top - 1]?.find((x) => x.colStart === c.colStart) : undefined;
      if (above) writes.push({ address: c.address, text: valueOf(above.address) });
    } else if (c.row !== top) {
      const source = cells.find((x) => x.row === top && x.col === c.col);
      if (source) writes.push({ address: c.address, text: valueOf(source.address) });
    }
  }
  return writes;
}
