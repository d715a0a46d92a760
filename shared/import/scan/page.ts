/**
 * One scanned page → what the PDF reader makes of a page with a text layer: lines of prose with their
 * positions and table fragments on the ruled grid (shared/import/pdf), each cell read by OCR and kept
 * with its crop and the engine's certainty for the review screen.
 */
import { findGrids, type Grid } from '../pdf/lattice.ts';
import type { PageLine } from '../pdf/layout.ts';
import type { Fragment } from '../pdf/tables.ts';
import { toLines, type Run } from '../pdf/text.ts';
import { splitWide, textBands, type Box } from './bands.ts';
import { deskew } from './deskew.ts';
import { binarize, crop, type Gray } from './image.ts';
import type { LineReading, Reading, Recognizer } from './ocr.ts';
import { imageRulings } from './rulings.ts';

export interface ScanCell extends Reading {
  /** The cell as scanned (inside its borders), shown beside a flagged value. */
  crop: Gray;
  /** Read as a number (digits only), not as text. */
  numeric: boolean;
  /** Ink in the cell that the engine read as nothing: not a blank, a value to type from the crop. */
  unread?: boolean;
}

export interface ScanTable {
  fragment: Fragment;
  top: number;
  /** Parallel to fragment.grid.cells. */
  cells: ScanCell[];
}

export interface ScanPage {
  lines: PageLine[];
  /** Prose lines the engine was unsure of, by their text. */
  unsure: string[];
  tables: ScanTable[];
  skew: number;
}

/** The part of an AbortSignal this needs (shared code is typed without the DOM's or Node's globals). */
export interface Cancel {
  throwIfAborted(): void;
}

/** Below this the engine's reading of a line or cell is not trusted without a look. */
export const SURE = 0.9;
const CJK = /[\u3400-\u9fff]/;

function gridBox(g: Grid, px: number): Box {
  return { x0: Math.floor(g.xs[0]! / px), y0: Math.floor(g.ys[0]! / px), x1: Math.ceil(g.xs[g.xs.length - 1]! / px), y1: Math.ceil(g.ys[g.ys.length - 1]! / px) };
}

/** The line's grey crop with some paper around it, as the model was trained on. */
function lineCrop(img: Gray, b: Box, margin = 0.4, above = 0.2): Gray {
  const h = b.y1 - b.y0;
  return crop(img, b.x0 - margin * h, b.y0 - above * h, b.x1 + margin * h, b.y1 + above * h);
}

/**
 * A lone narrow digit (「2」 in a wide cell) may come back as nothing: the model reads a line at a fixed
 * height, and a crop not much wider than tall leaves it too little to go on; and a light grey digit's
 * band is shorter than the digit (its faint top and foot fall under the ink threshold), so the crop cut
 * them off. Read again with more paper either side and above and below before calling the cell unread.
 */
const readNothing = (r: LineReading) => !r.text.trim() && !r.number.text.trim();

async function readBand(img: Gray, band: Box, ocr: Recognizer): Promise<LineReading> {
  const r = await ocr.readLine(lineCrop(img, band));
  if (!readNothing(r)) return r;
  const again = await ocr.readLine(lineCrop(img, band, 1.5, 0.5));
  // Only digits are taken from the wider crop: what else it finds there is the cell's border or a speck.
  return /^\d+$/.test(again.number.text.trim()) && /^[\d\s]+$/.test(again.text) ? again : r;
}

/**
 * Ink left of the borders inside a cell's box (a residue of the ruling after deskew) is not text. Only
 * near the box's edges: a digit 1 is a vertical line across half the cell too.
 */
function clearBorders(ink: Uint8Array, width: number, b: Box, edge: number): void {
  for (let y = b.y0; y < b.y1; y++) {
    if (y - b.y0 >= edge && b.y1 - y > edge) continue;
    let n = 0;
    for (let x = b.x0; x < b.x1; x++) n += ink[y * width + x]!;
    if (n > 0.5 * (b.x1 - b.x0)) for (let x = b.x0; x < b.x1; x++) ink[y * width + x] = 0;
  }
  for (let x = b.x0; x < b.x1; x++) {
    if (x - b.x0 >= edge && b.x1 - x > edge) continue;
    let n = 0;
    for (let y = b.y0; y < b.y1; y++) n += ink[y * width + x]!;
    if (n > 0.5 * (b.y1 - b.y0)) for (let y = b.y0; y < b.y1; y++) ink[y * width + x] = 0;
  }
}

async function readCell(img: Gray, ink: Uint8Array, b: Box, dpi: number, ocr: Recognizer): Promise<ScanCell> {
  const cellCrop = crop(img, b.x0, b.y0, b.x1, b.y1);
  clearBorders(ink, img.width, b, Math.max(2, Math.round(dpi * 0.02)));
  const bands = textBands(ink, img.width, b, Math.max(3, Math.round(dpi * 0.03)));
  const lines: string[] = [];
  let confidence = 1;
  let numeric = bands.length > 0;
  let unread = bands.length > 0;
  for (const band of bands) {
    const r = await readBand(img, band, ocr);
    unread &&= readNothing(r);
    const asNumber = !CJK.test(r.text) && r.number.text !== '' && /^[\d.\-\s,，。OoIl|]*$/.test(r.text);
    numeric &&= asNumber;
    const use = asNumber ? r.number : r;
    // A sliver of the cell's border left in the crop reads as a bracket or a bar at the line's end.
    lines.push(use.text.replace(/^[[\]|丨]+|[[\]|丨]+$/g, ''));
    confidence = Math.min(confidence, use.confidence);
  }
  // Kept with the number cells, so the review shows its crop where the value is asked for.
  if (unread) return { text: '', confidence: 0, crop: cellCrop, numeric: true, unread };
  return { text: lines.join('\n'), confidence: bands.length ? confidence : 1, crop: cellCrop, numeric };
}

export async function readPage(page: Gray, dpi: number, pageNo: number, ocr: Recognizer, signal?: Cancel): Promise<ScanPage> {
  const { image, degrees } = deskew(page);
  const ink = binarize(image);
  const px = 72 / dpi;
  const grids = findGrids(imageRulings(ink, image.width, image.height, dpi));
  const prose = ink.slice();
  const tables: ScanTable[] = [];
  const inset = Math.max(2, Math.round(dpi * 0.012));
  for (const g of grids) {
    const gb = gridBox(g, px);
    for (let y = Math.max(0, gb.y0 - inset); y < Math.min(image.height, gb.y1 + inset); y++) prose.fill(0, y * image.width + Math.max(0, gb.x0 - inset), y * image.width + Math.min(image.width, gb.x1 + inset));
    const cells: ScanCell[] = [];
    for (const c of g.cells) {
      signal?.throwIfAborted();
      const b = { x0: Math.round(c.x0 / px) + inset, y0: Math.round(c.y0 / px) + inset, x1: Math.round(c.x1 / px) - inset, y1: Math.round(c.y1 / px) - inset };
      cells.push(b.x1 > b.x0 && b.y1 > b.y0 ? await readCell(image, ink, b, dpi, ocr) : { text: '', confidence: 1, crop: crop(image, 0, 0, 1, 1), numeric: false });
    }
    tables.push({ fragment: { grid: g, texts: cells.map((c) => c.text) }, top: g.ys[0]!, cells });
  }
  const runs: Run[] = [];
  const unsure: string[] = [];
  const minHeight = Math.round(dpi * 0.05);
  for (const band of textBands(prose, image.width, { x0: 0, y0: 0, x1: image.width, y1: image.height }, minHeight)) {
    const h = band.y1 - band.y0;
    for (const piece of splitWide(prose, image.width, band, 2 * h)) {
      signal?.throwIfAborted();
      const r = await ocr.readLine(lineCrop(image, piece));
      const text = r.text.trim();
      // Dust and specks read as a character or two the engine is unsure of.
      if (!text || (r.confidence < 0.6 && text.length <= 2)) continue;
      if (r.confidence < SURE) unsure.push(text);
      runs.push({ x0: piece.x0 * px, x1: piece.x1 * px, base: piece.y1 * px, size: (h * px) / 0.88, str: text });
    }
  }
  // Ink height varies with what a line holds (brackets and quotes stand taller than 的): one size for
  // the lines near the page's common one, as a text layer would give, so paragraphs join across them.
  const sizes = runs.map((r) => r.size).sort((a, b) => a - b);
  const common = sizes[Math.floor(sizes.length / 2)] ?? 0;
  for (const r of runs) if (Math.abs(r.size - common) < 0.2 * common) r.size = common;
  const pageHeight = image.height * px;
  const lines = toLines(runs).map((l) => ({ ...l, page: pageNo, pageHeight }));
  return { lines, unsure, tables, skew: degrees };
}
