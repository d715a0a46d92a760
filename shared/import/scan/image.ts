/**
 * A scanned page as grey pixels (0 black … 255 white), and the few pixel operations the table reader
 * needs: colour → grey without the red stamp, a threshold, a crop, a rotation. Pure code: the decoders
 * (PNG, JPEG, TIFF, the PDF's embedded image) live on the Node side and hand over RGBA or grey bytes.
 */

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * RGBA (or RGB, or grey) → grey, with stamp red taken out: a seal is printed in red over the unit's
 * name and often over a table's corner, and black text under it stays dark in the red channel while
 * the seal itself is light there. So a reddish pixel is read by its red channel, every other by luminance.
 */
export function toGray(width: number, height: number, pixels: Uint8Array, channels: 1 | 3 | 4): Gray {
  const data = new Uint8Array(width * height);
  if (channels === 1) {
    data.set(pixels.subarray(0, width * height));
    return { width, height, data };
  }
  for (let i = 0, p = 0; i < data.length; i++, p += channels) {
    const r = pixels[p]!;
    const g = pixels[p + 1]!;
    const b = pixels[p + 2]!;
    const reddish = r > 110 && r - Math.max(g, b) > 50;
    data[i] = reddish ? r : (r * 299 + g * 587 + b * 114) / 1000;
  }
  return { width, height, data };
}

/** Otsu's threshold over the histogram: the grey level that best splits ink from paper. */
export function otsu(img: Gray): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < img.data.length; i++) hist[img.data[i]!]!++;
  const total = img.data.length;
  let sum = 0;
  for (let t = 0; t < 256; t++) sum += t * hist[t]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let at = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (!wB) continue;
    const wF = total - wB;
    if (!wF) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      at = t;
    }
  }
  return at;
}

/** 1 where ink, 0 where paper. */
export function binarize(img: Gray, threshold = otsu(img)): Uint8Array {
  const out = new Uint8Array(img.data.length);
  for (let i = 0; i < out.length; i++) out[i] = img.data[i]! <= threshold ? 1 : 0;
  return out;
}

export function crop(img: Gray, x0: number, y0: number, x1: number, y1: number): Gray {
  const l = Math.max(0, Math.floor(x0));
  const t = Math.max(0, Math.floor(y0));
  const w = Math.max(1, Math.min(img.width, Math.ceil(x1)) - l);
  const h = Math.max(1, Math.min(img.height, Math.ceil(y1)) - t);
  const data = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < h && t + y < img.height; y++) {
    const from = (t + y) * img.width + l;
    data.set(img.data.subarray(from, from + Math.min(w, img.width - l)), y * w);
  }
  return { width: w, height: h, data };
}

/** Rotated by `degrees` about the centre (bilinear), paper-white outside; used to undo a scan's skew. */
export function rotate(img: Gray, degrees: number): Gray {
  const { width: w, height: h } = img;
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Inverse map: where this output pixel comes from in the source.
      const dx = x - cx;
      const dy = y - cy;
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
        data[y * w + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = img.data[i]! * (1 - fx) + img.data[i + 1]! * fx;
      const bottom = img.data[i + w]! * (1 - fx) + img.data[i + w + 1]! * fx;
      data[y * w + x] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width: w, height: h, data };
}
