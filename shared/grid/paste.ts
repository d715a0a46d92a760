/** Planning a pasted block or a fill-down: which cells get which text, and what had to be left out. */
import { LAYOUT, cellAt, placeOf } from './layout.ts';
import { rangeAddresses } from './navigation.ts';
import { normalizeNumberText } from '../values/parse.ts';

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

/** A row label or a header (「（一）予以公开」「自然人」): text without a digit, not a placeholder like 「/」. */
function isLabel(text: string): boolean {
  const t = text.trim();
  return t !== '' && !/\d/.test(normalizeNumberText(t)) && !/^[-/／—－\\无空]+$/.test(t);
}

export interface LabelStrip {
  block: string[][];
  /** Leading label columns and header rows that were dropped. */
  labelCols: number;
  headerRows: number;
}

/**
 * A block copied from a published table or a spreadsheet often starts with the row labels (and the
 * header rows): they would shift every number one column. Header rows are leading rows with no number;
 * label columns are the leading columns that hold no number in any row and a label in some row.
 */
export function stripLabels(block: readonly (readonly string[])[]): LabelStrip {
  let headerRows = 0;
  while (headerRows < block.length - 1 && block[headerRows]!.every((c) => c.trim() === '' || isLabel(c)) && block[headerRows]!.some(isLabel)) headerRows++;
  const rows = block.slice(headerRows);
  const lead = (r: readonly string[]) => {
    let i = 0;
    while (i < r.length && (r[i]!.trim() === '' || isLabel(r[i]!))) i++;
    return i;
  };
  const withData = rows.filter((r) => lead(r) < r.length);
  let labelCols = withData.length ? Math.min(...withData.map(lead)) : 0;
  if (!rows.some((r) => r.slice(0, labelCols).some(isLabel))) labelCols = 0;
  if (!withData.length) return { block: block.map((r) => [...r]), labelCols: 0, headerRows: 0 };
  return { block: rows.map((r) => r.slice(labelCols)), labelCols, headerRows };
}

/** The Chinese notice for what a paste left out or rearranged, or null when everything landed as copied. */
export function pasteNotice(plan: PastePlan, strip?: Pick<LabelStrip, 'labelCols' | 'headerRows'>): string | null {
  const parts: string[] = [];
  if (strip && (strip.labelCols || strip.headerRows)) {
    const dropped = [strip.labelCols ? `${strip.labelCols} 列行标题` : '', strip.headerRows ? `${strip.headerRows} 行表头` : '']
      .filter(Boolean)
      .join('和 ');
    parts.push(`复制的内容带有 ${dropped}，已去掉，只粘贴数字`);
  }
  if (plan.cutRows > 0 || plan.cutCols > 0) {
    const cut = [plan.cutRows > 0 ? `${plan.cutRows} 行` : '', plan.cutCols > 0 ? `${plan.cutCols} 列` : '']
      .filter(Boolean)
      .join('、');
    parts.push(`粘贴的内容超出表格范围，多出的 ${cut}未粘贴`);
  }
  if (plan.skippedComputed.length > 0) {
    parts.push(`总计由系统自动计算，粘贴时跳过了 ${plan.skippedComputed.length} 个总计单元格`);
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
