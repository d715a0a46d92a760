/**
 * The ruling lines of a page from the paths it paints (operator-list.ts reads them out of pdf.js):
 * stroked segments and thin filled rectangles (Word and WPS draw table borders either way).
 * Coordinates are user space under the current transform, so save/restore/transform and form
 * XObjects are tracked here.
 */
import type { Matrix, PathEvent } from './operator-list.ts';

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

export function pageRulings(events: readonly PathEvent[], pageTop: number): Rulings {
  const h: Segment[] = [];
  const v: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];

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

  for (const e of events) {
    if (e.op === 'save') stack.push(ctm);
    else if (e.op === 'restore') ctm = stack.pop() ?? ctm;
    else if (e.op === 'transform') ctm = multiply(ctm, e.matrix);
    else if (e.op === 'formBegin') {
      stack.push(ctm);
      if (e.matrix) ctm = multiply(ctm, e.matrix);
    } else if (e.op === 'formEnd') ctm = stack.pop() ?? ctm;
    else {
      for (const { points: sub, closed } of e.subpaths) {
        const devPts = sub.map(([x, y]) => point(x, y));
        // A filled closed quadrilateral that is axis-aligned and thin is a border drawn as a rectangle.
        if (e.fill && sub.length >= 4 && sub.length <= 5 && (closed || sameXY(sub[0]!, sub[sub.length - 1]!)) && axisAligned(devPts)) addThinBox(devPts);
        if (e.stroke) {
          for (let k = 1; k < sub.length; k++) addLine(sub[k - 1]![0], sub[k - 1]![1], sub[k]![0], sub[k]![1]);
          if (closed && sub.length > 2) addLine(sub[sub.length - 1]![0], sub[sub.length - 1]![1], sub[0]![0], sub[0]![1]);
        }
      }
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
