/** Lines of text in a patch of ink: bands of rows with ink, split where a wide gap of paper runs across. */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Rows with ink in the box of a 0/1 image (`width` wide), as bands of at least `minHeight` rows. */
export function textBands(ink: Uint8Array, width: number, box: Box, minHeight: number): Box[] {
  const out: Box[] = [];
  let start = -1;
  let gap = 0;
  const rowInk = (y: number) => {
    let n = 0;
    for (let x = box.x0; x < box.x1; x++) n += ink[y * width + x]!;
    return n;
  };
  const close = (end: number) => {
    if (end - start >= minHeight) out.push({ x0: box.x0, y0: start, x1: box.x1, y1: end });
    start = -1;
  };
  for (let y = box.y0; y < box.y1; y++) {
    if (rowInk(y) > 0) {
      if (start < 0) start = y;
      gap = 0;
    } else if (start >= 0 && ++gap > 1) close(y - gap + 1);
  }
  if (start >= 0) close(box.y1 - gap);
  return out.map((b) => inkBox(ink, width, b)).filter((b): b is Box => b !== null);
}

/** The box tightened to its ink, or null when there is none. */
export function inkBox(ink: Uint8Array, width: number, b: Box): Box | null {
  let x0 = Infinity, x1 = -1, y0 = Infinity, y1 = -1;
  for (let y = b.y0; y < b.y1; y++) {
    for (let x = b.x0; x < b.x1; x++) {
      if (!ink[y * width + x]) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** A band cut where paper runs across it wider than `gap` (a page number apart from a footer's text). */
export function splitWide(ink: Uint8Array, width: number, b: Box, gap: number): Box[] {
  const out: Box[] = [];
  let start = -1;
  let last = -1;
  for (let x = b.x0; x <= b.x1; x++) {
    let on = false;
    if (x < b.x1) for (let y = b.y0; y < b.y1 && !on; y++) on = ink[y * width + x] === 1;
    if (on) {
      if (start < 0) start = x;
      last = x;
    } else if (start >= 0 && (x === b.x1 || x - last > gap)) {
      const piece = inkBox(ink, width, { x0: start, y0: b.y0, x1: last + 1, y1: b.y1 });
      if (piece) out.push(piece);
      start = -1;
    }
  }
  return out;
}
