/**
 * The lattice approach to PDF tables: ruling lines that cross each other form a grid; snapped x and y
 * positions are its columns and rows; where an inner border is missing, neighbouring grid cells are
 * one merged cell. Text is placed into cells by position afterwards.
 */
import type { Rulings, Segment } from './rulings.ts';

/** Lines closer than this (points) are one line: double borders, and strokes vs rectangles off by a hair. */
const SNAP = 2;
/** How far a line may stop short of another and still meet it (Word's borders stop at half a line width). */
const REACH = 3;

export interface GridCell {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Grid {
  xs: number[];
  ys: number[];
  cells: GridCell[];
  /** Grid cell (row * cols + col) → index into cells. */
  owner: Int32Array;
}

function snap(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length && v - group[group.length - 1]! > SNAP) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

/** Joins collinear pieces (a border drawn cell by cell) into longer segments. */
function mergeCollinear(segs: Segment[]): Segment[] {
  const sorted = [...segs].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out.find((o) => Math.abs(o.at - s.at) <= SNAP / 2 && s.from <= o.to + REACH && s.to >= o.from - REACH);
    if (last) {
      last.from = Math.min(last.from, s.from);
      last.to = Math.max(last.to, s.to);
    } else out.push({ ...s });
  }
  return out;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

/** Groups of crossing lines: one group per table on the page. */
function components(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i]!, b = v[j]!;
      if (b.at >= a.from - REACH && b.at <= a.to + REACH && a.at >= b.from - REACH && a.at <= b.to + REACH) {
        parent[find(parent, i)] = find(parent, h.length + j);
      }
    }
  }
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  const get = (k: number) => groups.get(k) ?? (groups.set(k, { h: [], v: [] }), groups.get(k)!);
  h.forEach((s, i) => get(find(parent, i)).h.push(s));
  v.forEach((s, j) => get(find(parent, h.length + j)).v.push(s));
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2);
}

/** Whether some segment at `at` covers the middle of [from, to]. */
function covered(segs: Segment[], at: number, from: number, to: number): boolean {
  const inset = Math.min((to - from) * 0.25, 3);
  return segs.some((s) => Math.abs(s.at - at) <= SNAP && s.from <= from + inset + REACH && s.to >= to - inset - REACH);
}

function grid(h: Segment[], v: Segment[]): Grid | null {
  // The lines' own extent closes the grid where an outer border is not drawn (Word leaves out the
  // bottom border of a table that continues on the next page).
  const xs = snap([...v.map((s) => s.at), Math.min(...h.map((s) => s.from)), Math.max(...h.map((s) => s.to))]);
  const ys = snap([...h.map((s) => s.at), Math.min(...v.map((s) => s.from)), Math.max(...v.map((s) => s.to))]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols > 20000) return null;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(v, xs[c + 1]!, ys[r]!, ys[r + 1]!)) parent[find(parent, r * cols + c)] = find(parent, r * cols + c + 1);
      if (r + 1 < rows && !covered(h, ys[r + 1]!, xs[c]!, xs[c + 1]!)) parent[find(parent, r * cols + c)] = find(parent, (r + 1) * cols + c);
    }
  }
  const byRoot = new Map<number, number>();
  const owner = new Int32Array(rows * cols);
  const cells: GridCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(parent, r * cols + c);
      let index = byRoot.get(root);
      if (index === undefined) {
        index = cells.push({ r0: r, r1: r + 1, c0: c, c1: c + 1, x0: 0, x1: 0, y0: 0, y1: 0 }) - 1;
        byRoot.set(root, index);
      }
      const cell = cells[index]!;
      cell.r1 = Math.max(cell.r1, r + 1);
      cell.c0 = Math.min(cell.c0, c);
      cell.c1 = Math.max(cell.c1, c + 1);
      owner[r * cols + c] = index;
    }
  }
  for (const cell of cells) {
    cell.x0 = xs[cell.c0]!;
    cell.x1 = xs[cell.c1]!;
    cell.y0 = ys[cell.r0]!;
    cell.y1 = ys[cell.r1]!;
  }
  // One box around text (a framed note, a title box) is not a table.
  if (cells.length < 2) return null;
  return { xs, ys, cells, owner };
}

export function findGrids(rulings: Rulings): Grid[] {
  const h = mergeCollinear(rulings.h);
  const v = mergeCollinear(rulings.v);
  return components(h, v)
    .map((g) => grid(g.h, g.v))
    .filter((g): g is Grid => g !== null)
    .sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function bisect(edges: number[], x: number): number {
  let lo = 0, hi = edges.length - 1;
  if (x < edges[0]! || x > edges[hi]!) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (edges[mid]! <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The cell (index into grid.cells) that holds the point, or -1 outside the grid. */
export function cellAt(g: Grid, x: number, y: number): number {
  const c = bisect(g.xs, x);
  const r = bisect(g.ys, y);
  if (c < 0 || r < 0) return -1;
  return g.owner[r * (g.xs.length - 1) + c]!;
}
