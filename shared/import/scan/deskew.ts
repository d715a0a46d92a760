/**
 * A scan's skew (they come 0.5–2° off): the angle at which the ink's row profile is sharpest. Text lines
 * and table rulings are horizontal on the page, so sheared to the right angle their ink piles into few
 * rows and the sum of squared row counts peaks.
 */
import { binarize, rotate, type Gray } from './image.ts';

/** Scans further off than this are photos or pages put in sideways: not straightened here. */
const MAX_DEGREES = 3;

function score(xs: Int32Array, ys: Int32Array, n: number, tan: number, height: number): number {
  const rows = new Float64Array(height + 2 * Math.ceil(Math.abs(tan) * 1e5) + 2);
  const off = Math.ceil(Math.abs(tan) * 1e5) + 1;
  for (let i = 0; i < n; i++) {
    const y = Math.round(ys[i]! + xs[i]! * tan) + off;
    if (y >= 0 && y < rows.length) rows[y]!++;
  }
  let s = 0;
  for (let i = 0; i < rows.length; i++) s += rows[i]! * rows[i]!;
  return s;
}

/** The page's skew in degrees (positive: lines fall to the right). */
export function skewAngle(img: Gray): number {
  const ink = binarize(img);
  // A sample of ink points is enough and keeps this fast at 300 dpi.
  const step = Math.max(1, Math.round(img.width / 700));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < img.height; y += step) {
    for (let x = 0; x < img.width; x += step) {
      if (ink[y * img.width + x]) {
        xs.push(x / step);
        ys.push(y / step);
      }
    }
  }
  if (xs.length < 50) return 0;
  const X = Int32Array.from(xs);
  const Y = Int32Array.from(ys);
  const h = Math.ceil(img.height / step);
  const best = (from: number, to: number, by: number) => {
    let at = 0;
    let top = -1;
    for (let d = from; d <= to + 1e-9; d += by) {
      const s = score(X, Y, X.length, -Math.tan((d * Math.PI) / 180), h);
      if (s > top) {
        top = s;
        at = d;
      }
    }
    return at;
  };
  const coarse = best(-MAX_DEGREES, MAX_DEGREES, 0.25);
  return best(coarse - 0.25, coarse + 0.25, 0.02);
}

/** The page straightened, and the angle it was off. */
export function deskew(img: Gray): { image: Gray; degrees: number } {
  const degrees = skewAngle(img);
  if (Math.abs(degrees) < 0.05) return { image: img, degrees };
  return { image: rotate(img, -degrees), degrees };
}
