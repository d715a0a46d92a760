/**
 * Column widths from a table's content. Numbers never break: a value column is at least as wide as
 * its widest number. The width left over goes, a step at a time, where it saves the most table
 * height (a label brought onto fewer lines), counting a lone character on a label's last line
 * (「…禁止公」/「开」, 「自然」/「人」) as half a line, so a label is never left like that when a
 * little width would mend it. Value columns share one width where their numbers allow (the
 * published tables' even columns); a vertical label (三、本年度办理结果) gets one character.
 */
import { CELL_PAD, type FontRole } from './layout.ts';
import { breakUnits } from './line-break.ts';

export interface TextMeasure {
  /** Advance width of `text` at `size` points in the role's font. */
  textWidth(role: FontRole, text: string, size: number): number;
}

/** Width of the cell borders, in points. */
export const BORDER = 0.75;

/** Room kept beside the widest number, for rounding in DOCX twips and in other layout engines. */
export const NUMBER_SLACK = 1;

/** A value column is at least this many characters wide, so its header never stands one character a line. */
const VALUE_MIN_CHARS = 2;

/** A lone character on a label's last line costs as much as two lines: it reads worse than a taller row. */
const ORPHAN_COST = 2;

/**
 * A line is counted as full this much before the cell's edge: pdfmake and LibreOffice break a line
 * that fills its cell exactly (「（三）不」 in four characters' width) where arithmetic says it fits.
 */
const FIT_SLACK = 0.5;

/** One origin cell of the grid, measured at one size. */
export interface CellLayout {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  vertical: boolean;
  value: boolean;
  text: string;
  /** Widths of the units a line may break between (line-break.ts). */
  units: number[];
  /** Whether each unit is one Chinese character: alone on a last line it is an orphan. */
  lone: boolean[];
  chars: number;
  /** Narrowest content width that prints the cell: the whole number, the widest character of a vertical label, the widest unit of a label. */
  min: number;
}

export interface CellText {
  text: string;
  rowSpan: number;
  colSpan: number;
  vertical: boolean;
  isValue: boolean;
}

const LONE = /^[\p{Script=Han}][\p{P}]*$|^[\p{P}]+[\p{Script=Han}]$/u;

export function measureCells(grid: (CellText | null)[][], size: number, measure: TextMeasure): CellLayout[] {
  const out: CellLayout[] = [];
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const width = (s: string) => measure.textWidth('table', s, size);
      const pieces = cell.vertical || cell.isValue ? [] : breakUnits(cell.text);
      const units = pieces.map(width);
      const whole = width(cell.text);
      const min = cell.isValue
        ? whole + (whole > 0 ? NUMBER_SLACK : 0)
        : cell.vertical
          ? Math.max(0, ...[...cell.text].map(width)) + FIT_SLACK
          : Math.max(0, ...units) + FIT_SLACK;
      out.push({
        row: r,
        col: c,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
        vertical: cell.vertical,
        value: cell.isValue,
        text: cell.text,
        units: cell.isValue ? [whole] : units,
        lone: pieces.map((p) => LONE.test(p)),
        chars: [...cell.text].length,
        min,
      });
    }),
  );
  return out;
}

/** Lines a cell takes at a content width, and whether its last line holds one lone character. */
export function cellLines(cell: CellLayout, width: number): { lines: number; orphan: boolean } {
  if (cell.vertical) return { lines: Math.max(1, cell.chars), orphan: false };
  let lines = 1;
  let x = 0;
  let lastStart = 0;
  cell.units.forEach((w, i) => {
    if (x > 0 && x + w > width - FIT_SLACK) {
      lines++;
      x = 0;
      lastStart = i;
    }
    if (x === 0 && w > width - FIT_SLACK && width > FIT_SLACK) {
      // A unit wider than the cell (a long code) is broken by character.
      const extra = Math.ceil(w / (width - FIT_SLACK)) - 1;
      lines += extra;
      x = w - extra * (width - FIT_SLACK);
      return;
    }
    x += w;
  });
  const orphan = lines > 1 && lastStart === cell.units.length - 1 && (cell.lone[lastStart] ?? false);
  return { lines, orphan };
}

export interface GridLayout {
  /** Lines of each origin cell, by [row][column]. */
  lines: (number | null)[][];
  rowHeights: number[];
  height: number;
  orphans: number;
}

/** Width of `span` grid columns from `c`, with the padding and borders between them. */
export function spanWidth(widths: readonly number[], c: number, span: number): number {
  let w = (span - 1) * (2 * CELL_PAD.x + BORDER);
  for (let i = c; i < c + span; i++) w += widths[i]!;
  return w;
}

/** Row heights (padding included, borders not) and the table's height at these column widths. */
export function layoutGrid(cells: readonly CellLayout[], rows: number, columns: number, widths: readonly number[], line: number): GridLayout {
  const lines: (number | null)[][] = Array.from({ length: rows }, () => Array<number | null>(columns).fill(null));
  const n = Array<number>(rows).fill(1);
  let orphans = 0;
  for (const cell of cells) {
    const l = cellLines(cell, spanWidth(widths, cell.col, cell.colSpan));
    lines[cell.row]![cell.col] = l.lines;
    if (l.orphan) orphans++;
    if (cell.rowSpan === 1) n[cell.row] = Math.max(n[cell.row]!, l.lines);
  }
  const rowHeights = n.map((k) => k * line + 2 * CELL_PAD.y);
  // A merged cell taller than the rows it spans makes its last row taller.
  for (const cell of cells) {
    if (cell.rowSpan === 1) continue;
    const need = lines[cell.row]![cell.col]! * line + 2 * CELL_PAD.y;
    let have = (cell.rowSpan - 1) * BORDER;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) have += rowHeights[r]!;
    if (need > have) rowHeights[cell.row + cell.rowSpan - 1]! += need - have;
  }
  const height = rowHeights.reduce((a, b) => a + b, 0) + (rows + 1) * BORDER;
  return { lines, rowHeights, height, orphans };
}

/** The narrowest content width, by grid column, at which the table prints: every number whole. */
export function minimumWidths(cells: readonly CellLayout[], columns: number, valueColumns: readonly boolean[], size: number): number[] {
  const mins = valueColumns.map((v) => (v ? VALUE_MIN_CHARS * size : 0));
  for (const cell of cells) if (cell.colSpan === 1) mins[cell.col] = Math.max(mins[cell.col]!, cell.min);
  // A merged cell wider than the columns it spans widens them evenly.
  for (const cell of cells) {
    if (cell.colSpan === 1) continue;
    const short = cell.min - spanWidth(mins, cell.col, cell.colSpan);
    if (short > 0) for (let c = cell.col; c < cell.col + cell.colSpan; c++) mins[c]! += short / cell.colSpan;
  }
  return mins.slice(0, columns);
}

/** Columns holding value cells of their own (not only under a merged label): they share one width. */
export function valueColumnsOf(cells: readonly CellLayout[], columns: number): boolean[] {
  const v = Array<boolean>(columns).fill(false);
  for (const cell of cells) if (cell.value && cell.colSpan === 1) v[cell.col] = true;
  return v;
}

/** The smallest width above `from` at which the cell takes fewer lines (or loses its orphan); null if none up to `to`. */
function nextBreakpoint(cell: CellLayout, from: number, to: number): number | null {
  const now = cellLines(cell, from);
  const better = (w: number) => {
    const l = cellLines(cell, w);
    return l.lines < now.lines || (now.orphan && !l.orphan && l.lines === now.lines);
  };
  if (now.lines === 1 || !better(to)) return null;
  let lo = from;
  let hi = to;
  for (let i = 0; i < 14 && hi - lo > 0.05; i++) {
    const mid = (lo + hi) / 2;
    if (better(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The allocation's measure of a layout: the table's height, with each orphan counted as lines.
 * It runs hundreds of times a table, so each cell remembers its lines by width.
 */
function heightCost(labels: readonly CellLayout[], rows: number, line: number): (widths: readonly number[]) => number {
  const memo = labels.map(() => new Map<number, number>());
  const n = new Float64Array(rows);
  const heights = new Float64Array(rows);
  const packed = labels.map(() => 0);
  return (widths) => {
    n.fill(1);
    let orphans = 0;
    labels.forEach((cell, i) => {
      const w = spanWidth(widths, cell.col, cell.colSpan);
      const key = Math.round(w * 100);
      let p = memo[i]!.get(key);
      if (p === undefined) {
        const l = cellLines(cell, w);
        p = l.lines * 2 + (l.orphan ? 1 : 0);
        memo[i]!.set(key, p);
      }
      packed[i] = p;
      orphans += p & 1;
      if (cell.rowSpan === 1) n[cell.row] = Math.max(n[cell.row]!, p >> 1);
    });
    for (let r = 0; r < rows; r++) heights[r] = n[r]! * line + 2 * CELL_PAD.y;
    labels.forEach((cell, i) => {
      if (cell.rowSpan === 1) return;
      const need = (packed[i]! >> 1) * line + 2 * CELL_PAD.y;
      let have = (cell.rowSpan - 1) * BORDER;
      for (let r = cell.row; r < cell.row + cell.rowSpan; r++) have += heights[r]!;
      if (need > have) heights[cell.row + cell.rowSpan - 1]! += need - have;
    });
    let h = 0;
    for (let r = 0; r < rows; r++) h += heights[r]!;
    return h + ORPHAN_COST * line * orphans;
  };
}

/**
 * Content widths of the grid columns adding up to `inner`, or null when the numbers cannot all be
 * printed whole in that width.
 */
export function allocateColumns(cells: readonly CellLayout[], rows: number, columns: number, inner: number, line: number, size: number): number[] | null {
  // The PDF and the DOCX of a report, and every repeat export, lay out the same tables.
  const key = `${rows} ${columns} ${inner} ${line} ${size}\n${cells.map((c) => `${c.row},${c.col},${c.rowSpan},${c.colSpan},${+c.vertical},${+c.value},${c.units.map((u) => u.toFixed(3))}`).join('\n')}`;
  const hit = allocations.get(key);
  if (hit !== undefined) return hit && [...hit];
  const widths = allocate(cells, rows, columns, inner, line, size);
  if (allocations.size >= 32) allocations.delete(allocations.keys().next().value!);
  allocations.set(key, widths);
  return widths && [...widths];
}

const allocations = new Map<string, number[] | null>();

function allocate(cells: readonly CellLayout[], rows: number, columns: number, inner: number, line: number, size: number): number[] | null {
  const valueCols = valueColumnsOf(cells, columns);
  const mins = minimumWidths(cells, columns, valueCols, size);
  if (mins.reduce((a, b) => a + b, 0) > inner + 0.01) return null;
  const groupCols = valueCols.flatMap((v, c) => (v ? [c] : []));
  let level = groupCols.length ? Math.min(...groupCols.map((c) => mins[c]!)) : 0;
  const widthsAt = (current: readonly number[], g: number) => current.map((w, c) => (valueCols[c] ? Math.max(w, g) : w));
  let widths = widthsAt(mins, level);
  const sum = (w: readonly number[]) => w.reduce((a, b) => a + b, 0);
  // Numbers take one line at any width allowed: only labels decide the height.
  const cost = heightCost(cells.filter((c) => !c.value), rows, line);
  let current = cost(widths);
  const labels = cells.filter((c) => !c.value);
  for (let step = 0; step < 80; step++) {
    const slack = inner - sum(widths);
    if (slack < 0.05) break;
    let best: { widths: number[]; cost: number; level: number; ratio: number } | null = null;
    const seen = new Set<string>();
    const consider = (w: number[], g: number) => {
      const added = sum(w) - sum(widths);
      if (added <= 0.01 || added > slack + 0.01) return;
      const key = w.map((x) => Math.round(x * 100)).join();
      if (seen.has(key)) return;
      seen.add(key);
      const c = cost(w);
      const ratio = (current - c) / added;
      if (ratio > 1e-6 && (!best || ratio > best.ratio)) best = { widths: w, cost: c, level: g, ratio };
    };
    for (const cell of labels) {
      if (cell.vertical) continue;
      const span = spanWidth(widths, cell.col, cell.colSpan);
      const target = nextBreakpoint(cell, span, span + slack);
      if (target === null) continue;
      const extra = target - span;
      const inGroup: number[] = [];
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) if (valueCols[c]) inGroup.push(c);
      if (inGroup.length) {
        // Raise the shared width of the value columns until the cell's span has grown enough.
        const spanAt = (g: number) => {
          let w = span;
          for (const c of inGroup) w += Math.max(0, g - widths[c]!);
          return w;
        };
        let lo = level;
        let hi = level + extra;
        for (let i = 0; i < 20 && hi - lo > 0.02; i++) {
          const mid = (lo + hi) / 2;
          if (spanAt(mid) >= target) hi = mid;
          else lo = mid;
        }
        consider(widthsAt(widths, hi), hi);
      }
      // Or widen one column it spans: the widest label column, or a value column of its own (自然人).
      const own: number[] = [];
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) if (!valueCols[c] || cell.colSpan === 1) own.push(c);
      if (own.length) {
        const w = [...widths];
        const c = own.reduce((a, b) => (w[b]! > w[a]! ? b : a));
        w[c]! += extra;
        consider(w, level);
      }
    }
    if (!best) break;
    const chosen: { widths: number[]; cost: number; level: number } = best;
    widths = chosen.widths;
    current = chosen.cost;
    level = chosen.level;
  }
  // What saves no height widens the value columns evenly (or the label columns, in a table without any).
  const slack = inner - sum(widths);
  if (slack > 0.01) {
    if (groupCols.length) {
      let lo = level;
      let hi = level + slack;
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2;
        if (sum(widthsAt(widths, mid)) > inner) hi = mid;
        else lo = mid;
      }
      widths = widthsAt(widths, lo);
    } else {
      const total = sum(widths);
      widths = widths.map((w) => w + (total > 0 ? (w / total) * slack : slack / columns));
    }
  }
  // Exact sum, whatever the rounding of the search.
  const last = widths.length - 1;
  widths[last] = widths[last]! + inner - sum(widths);
  return widths;
}
