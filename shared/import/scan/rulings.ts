/**
 * A scanned page's ruling lines: long straight runs of ink, horizontal and vertical, as the PDF reader's
 * segments (shared/import/pdf/rulings.ts), so its lattice code turns them into the same grids.
 */
import type { Rulings, Segment } from '../pdf/rulings.ts';

/**
 * A run may be broken by this many paper pixels (a faint scan) and still be one line. Kept at one: more
 * and a blurred character's stroke joins, across the cell's padding, the ruling under it and the
 * stroke of the row below, and reads as a column border.
 */
const GAP = 1;

/** Runs of ink at least `min` long along each row (or column) of a 0/1 image. */
function runs(ink: Uint8Array, width: number, height: number, vertical: boolean, min: number): Segment[] {
  const lines = vertical ? width : height;
  const length = vertical ? height : width;
  const out: Segment[] = [];
  for (let l = 0; l < lines; l++) {
    let start = -1;
    let last = -1;
    for (let p = 0; p <= length; p++) {
      const on = p < length && ink[vertical ? p * width + l : l * width + p] === 1;
      if (on) {
        if (start < 0) start = p;
        last = p;
      } else if (start >= 0 && p - last > GAP) {
        if (last - start + 1 >= min) out.push({ at: l, from: start, to: last + 1 });
        start = -1;
      }
    }
  }
  return out;
}

/**
 * Neighbouring rows' runs that overlap are one thick line, placed at its middle (a slanted line too: a
 * staircase of pieces, each overlapping the next, joins into one band too thick to be a ruling). But not a
 * run much shorter than the line and inside it: beside a ruling, a shaded cell's fill comes through a JPEG
 * scan as specks of ink in short runs, and joined to the ruling they made it too thick to be one, so the
 * row lost its border.
 */
function thicken(segs: Segment[], slack: number): Segment[] {
  const out: (Segment & { n: number; sum: number; last: number })[] = [];
  const len = (s: Segment) => s.to - s.from;
  const inside = (a: Segment, b: Segment) => a.from >= b.from - slack && a.to <= b.to + slack && len(a) < 0.5 * len(b);
  for (const s of segs) {
    const prev = out.find((o) => s.at - o.last <= 1 && s.from < o.to && s.to > o.from && !inside(s, o) && !inside(o, s));
    if (prev) {
      prev.from = Math.min(prev.from, s.from);
      prev.to = Math.max(prev.to, s.to);
      prev.sum += s.at;
      prev.n++;
      prev.last = s.at;
    } else out.push({ ...s, n: 1, sum: s.at, last: s.at });
  }
  // A thick band of ink (a black box, a bold heading bar) is not a ruling.
  return out.filter((o) => o.n <= 8).map((o) => ({ at: o.sum / o.n, from: o.from, to: o.to }));
}

/** Rulings in points (top-down), from the page's ink at `dpi`. */
export function imageRulings(ink: Uint8Array, width: number, height: number, dpi: number): Rulings {
  const pt = 72 / dpi;
  const toPt = (s: Segment): Segment => ({ at: (s.at + 0.5) * pt, from: s.from * pt, to: s.to * pt });
  // A table's shortest border is a row's height (about 18 pt); strokes of characters are shorter than 0.3 inch horizontally.
  const slack = Math.round(dpi * 0.05);
  const h = thicken(runs(ink, width, height, false, Math.round(dpi * 0.3)), slack);
  const v = thicken(runs(ink, width, height, true, Math.round(dpi * 0.17)), slack);
  return { h: h.map(toPt), v: v.map(toPt) };
}
