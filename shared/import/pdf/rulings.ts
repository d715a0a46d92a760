/**
 * The ruling lines of a page from pdf.js's operator list: stroked segments and thin filled rectangles
 * (Word and WPS draw table borders either way). pdf.js 5.x (PR 19689) hands each path as one
 * constructPath op carrying the painting op, a flat DrawOPS buffer (moveTo/lineTo/curveTo/closePath)
 * and its bounding box; rectangles arrive as closed four-point paths. Coordinates are user space
 * under the current transform, so save/restore/transform and form XObjects are tracked here.
 */

/** A horizontal (y fixed) or vertical (x fixed) segment in top-down page coordinates (points). */
export interface Segment {
  at: number;
  from: number;
  to: number;
}

export interface Rulings {
  h: Segment[];
  v: Segment[];
}

/** The op numbers we need (pdf.js OPS, stable since 2014; DrawOPS since 5.x). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** A border thinner than this (points) drawn as a filled rectangle is a line. */
const THIN = 2.5;
/** How far from axis-parallel a segment may be (points over its length) and still be a ruling. */
const SKEW = 0.8;

function isMatrix(a: unknown): a is Matrix {
  return Array.isArray(a) || ArrayBuffer.isView(a) ? (a as ArrayLike<number>).length === 6 : false;
}

export function pageRulings(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes, pageTop: number): Rulings {
  const h: Segment[] = [];
  const v: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);

  const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], pageTop - (ctm[1] * x + ctm[3] * y + ctm[5])];
  const addLine = (x0: number, y0: number, x1: number, y1: number) => {
    const [ax, ay] = point(x0, y0);
    const [bx, by] = point(x1, y1);
    if (Math.abs(ay - by) <= SKEW && Math.abs(ax - bx) > SKEW) h.push({ at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    else if (Math.abs(ax - bx) <= SKEW && Math.abs(ay - by) > SKEW) v.push({ at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
  };
  const addThinBox = (pts: [number, number][]) => {
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
    if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) h.push({ at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) v.push({ at: (x0 + x1) / 2, from: y0, to: y1 });
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args && args.length === 6) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (args && isMatrix(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!data || (!strokes.has(paint) && !fills.has(paint))) continue;
      walkPath(data, (sub, closed) => {
        const devPts = sub.map(([x, y]) => point(x, y));
        // A filled closed quadrilateral that is axis-aligned and thin is a border drawn as a rectangle.
        if (fills.has(paint) && sub.length >= 4 && sub.length <= 5 && (closed || sameXY(sub[0]!, sub[sub.length - 1]!)) && axisAligned(devPts)) addThinBox(devPts);
        if (strokes.has(paint)) {
          for (let k = 1; k < sub.length; k++) addLine(sub[k - 1]![0], sub[k - 1]![1], sub[k]![0], sub[k]![1]);
          if (closed && sub.length > 2) addLine(sub[sub.length - 1]![0], sub[sub.length - 1]![1], sub[0]![0], sub[0]![1]);
        }
      });
    }
  }
  return { h, v };
}

const sameXY = (a: [number, number], b: [number, number]) => Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) < 0.01;

function axisAligned(pts: [number, number][]): boolean {
  for (let k = 1; k < pts.length; k++) {
    const [ax, ay] = pts[k - 1]!;
    const [bx, by] = pts[k]!;
    if (Math.abs(ax - bx) > 0.1 && Math.abs(ay - by) > 0.1) return false;
  }
  return true;
}

/** Splits a DrawOPS buffer into straight subpaths; a curve ends the straight run (curves are never rulings). */
function walkPath(d: ArrayLike<number>, visit: (points: [number, number][], closed: boolean) => void): void {
  let sub: [number, number][] = [];
  const flush = (closed: boolean) => {
    if (sub.length > 1) visit(sub, closed);
    sub = [];
  };
  for (let i = 0; i < d.length; ) {
    const op = d[i];
    if (op === 0) {
      flush(false);
      sub.push([d[i + 1]!, d[i + 2]!]);
      i += 3;
    } else if (op === 1) {
      sub.push([d[i + 1]!, d[i + 2]!]);
      i += 3;
    } else if (op === 2) {
      const end: [number, number] = [d[i + 5]!, d[i + 6]!];
      flush(false);
      sub.push(end);
      i += 7;
    } else if (op === 3) {
      const end: [number, number] = [d[i + 3]!, d[i + 4]!];
      flush(false);
      sub.push(end);
      i += 5;
    } else if (op === 4) {
      const start = sub[0];
      flush(true);
      if (start) sub.push(start);
      i += 1;
    } else return; // unknown op: stop rather than misread the buffer
  }
  flush(false);
}
