/**
 * The one place the PDF reader relies on an internal of pdf.js, because pdf.js has no public way to the
 * vector paths of a page: `page.getOperatorList()` and `OPS` are exported, but the arguments of its
 * path operator are its own layout. This module turns them into plain events (rulings.ts reads those
 * and knows nothing of pdf.js).
 *
 * What this knows of pdf.js 5.5.207 (package.json pins that version exactly): since 5.x (PR 19689)
 * each path is one `constructPath` op whose arguments are [painting op, [DrawOPS buffer], bounding
 * box], the buffer a flat run of moveTo 0 x y, lineTo 1 x y, curveTo 2 x1 y1 x2 y2 x y,
 * quadraticCurveTo 3 x1 y1 x y, closePath 4; a rectangle arrives as a closed four-point path;
 * `paintFormXObjectBegin` carries the form's matrix first. operator-list.test.ts reads a PDF drawn
 * every such way through the installed pdf.js and fails when any of that changes.
 */

/** The pdf.js this module was written against; package.json's `pdfjs-dist` is exactly this. */
export const PDFJS_VERSION = '5.5.207';

/** The op numbers read here: pdf.js's exported OPS has them all (stable since 2014). */
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

/** What `page.getOperatorList()` resolves to, as far as it is read. */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

export type Matrix = [number, number, number, number, number, number];

/** A run of straight segments in user space; a curve ends one (curves are never table borders). */
export interface Subpath {
  points: [number, number][];
  closed: boolean;
}

/** The graphics a page draws, in order, as far as borders need: state changes and painted paths. */
export type PathEvent =
  | { op: 'save' }
  | { op: 'restore' }
  | { op: 'transform'; matrix: Matrix }
  /** A form XObject starts (its state saved) with its own matrix, or none. */
  | { op: 'formBegin'; matrix: Matrix | null }
  | { op: 'formEnd' }
  | { op: 'path'; stroke: boolean; fill: boolean; subpaths: Subpath[] };

function isMatrix(a: unknown): boolean {
  return Array.isArray(a) || ArrayBuffer.isView(a) ? (a as ArrayLike<number>).length === 6 : false;
}

const matrixOf = (a: unknown): Matrix => Array.from(a as ArrayLike<number>) as Matrix;

export function pathEvents(list: OperatorList, ops: OpCodes): PathEvent[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const out: PathEvent[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) out.push({ op: 'save' });
    else if (fn === ops.restore) out.push({ op: 'restore' });
    else if (fn === ops.transform && args && args.length === 6) out.push({ op: 'transform', matrix: matrixOf(args) });
    else if (fn === ops.paintFormXObjectBegin) out.push({ op: 'formBegin', matrix: args && isMatrix(args[0]) ? matrixOf(args[0]) : null });
    else if (fn === ops.paintFormXObjectEnd) out.push({ op: 'formEnd' });
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      const stroke = strokes.has(paint);
      const fill = fills.has(paint);
      if (data && (stroke || fill)) out.push({ op: 'path', stroke, fill, subpaths: straightRuns(data) });
    }
  }
  return out;
}

/** Splits a DrawOPS buffer into straight subpaths; a curve ends the straight run. */
function straightRuns(d: ArrayLike<number>): Subpath[] {
  const out: Subpath[] = [];
  let sub: [number, number][] = [];
  const flush = (closed: boolean) => {
    if (sub.length > 1) out.push({ points: sub, closed });
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
    } else return out; // unknown op: stop rather than misread the buffer
  }
  flush(false);
  return out;
}
