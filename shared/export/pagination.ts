/**
 * Where the tables fall, decided once for both renderers by laying the report out in lines the way
 * the PDF does (fixed 28.9 pt lines, our own line breaks, the tables' measured heights). A table
 * that does not fit the rest of its page either moves whole to the next page, or — when that would
 * leave the page more than half empty and the report allows it — runs on, cut into one piece a
 * page with its header rows repeated (table-pieces.ts; GB/T 9704 tables run on; 表格不跨页 keeps
 * every table whole). Both renderers draw exactly these pieces, each after a page break.
 */
import { BODY_LINE, GRID_SPACING, INDENT, SIZE, TEXT_HEIGHT, TEXT_WIDTH, TITLE_LINE, type FontRole } from './layout.ts';
import { breakLines, gridWidth, type BrokenLine } from './line-break.ts';
import type { Block, DocModel } from './model.ts';
import { TABLE_ABOVE, TABLE_GAP, fitTable, tableSpace, type TableMetrics, type TextMeasure } from './table-fit.ts';
import { cutTable, tablePiece, type TablePiece } from './table-pieces.ts';

export interface TablePlan {
  metrics: TableMetrics;
  /** The table (with its heading) starts a new page. */
  newPage: boolean;
  /** The table runs on to the next page, its header rows repeated there. */
  split: boolean;
  /** What each page prints of the table: one piece when it is not split; each later one starts a new page. */
  pieces: TablePiece[];
  /**
   * Height from the table's top to the end of the page it reaches first, before any move: where
   * that page's end falls in the table decided the plan (the layout tests walk it through every row).
   */
  room: number;
}

type TextBlock = Exclude<Block, { type: 'table' }>;

/** Lines already broken, by measure (one per export) and block: planning and printing share them. */
const broken = new WeakMap<TextMeasure, WeakMap<TextBlock, BrokenLine[]>>();

/**
 * A heading or paragraph (a run-in sub-heading with it) broken into lines on the 28-character
 * grid, in the font of its role; the first line is indented.
 */
export function blockLines(b: TextBlock, measure: TextMeasure): BrokenLine[] {
  let byBlock = broken.get(measure);
  if (!byBlock) broken.set(measure, (byBlock = new WeakMap()));
  let lines = byBlock.get(b);
  if (!lines) {
    const role: FontRole = b.type === 'paragraph' ? 'body' : b.type;
    const size = SIZE[role];
    const text = b.type === 'paragraph' ? (b.lead ?? '') + b.text : b.text;
    lines = breakLines(text, TEXT_WIDTH - INDENT, TEXT_WIDTH, gridWidth((t) => measure.textWidth(role, t, size), GRID_SPACING));
    byBlock.set(b, lines);
  }
  return lines;
}

/** Lines of a heading or paragraph on the 28-character grid. */
export function textLineCount(b: TextBlock, measure: TextMeasure): number {
  return blockLines(b, measure).length;
}

/**
 * Room left unused below a piece of a table that runs on: LibreOffice draws a table about 1 pt
 * lower and taller than its rows and borders add up to (measured, 7.x), and a piece that filled its
 * page to the point had its last row pushed onto a page of its own. A table kept whole has the gap
 * below it (TABLE_GAP.after) for this.
 */
const PIECE_SLACK = 2;

/** The plan of each table block, by block index (null for text blocks). */
export function planTables(model: DocModel, measure: TextMeasure): (TablePlan | null)[] {
  const page = TEXT_HEIGHT;
  let pos = model.title.length * TITLE_LINE + BODY_LINE;
  // Heading lines waiting to be placed with what follows them.
  let held = 0;
  /**
   * A paragraph of `n` lines under `heading` heading lines, with widow and orphan control as Word,
   * WPS and LibreOffice apply it by default (w:widowControl, ECMA-376 17.3.1.44): no page ends
   * on a paragraph's first line (it moves on, with the headings above it), and none starts with
   * its last line alone (the line before moves on with it). pdf-definition.ts prints the same.
   */
  const placeParagraph = (heading: number, n: number) => {
    const fits = () => Math.floor((page - pos + 0.01) / BODY_LINE);
    // The headings and the paragraph's first two lines (all of a paragraph of three or fewer) stay together.
    const head = heading + (n <= 3 ? n : 2);
    if (pos > 0 && head > fits()) pos = 0;
    let left = n + heading;
    while (left > 0) {
      const k = fits();
      if (left <= k || (pos === 0 && k === 0)) {
        pos += left * BODY_LINE;
        return;
      }
      // One line would be left alone at the next page's top: one more goes with it.
      const take = left - k === 1 && n >= 4 ? k - 1 : k;
      left -= take;
      pos = 0;
    }
  };
  return model.blocks.map((b) => {
    if (b.type !== 'table') {
      const lines = textLineCount(b, measure);
      if (b.type !== 'paragraph') {
        held += lines;
        return null;
      }
      placeParagraph(held, lines);
      held = 0;
      return null;
    }
    const heading = held * BODY_LINE;
    held = 0;
    // Even a table that may run on steps its size down to fit one page where it can: it then
    // crosses one page break at most (LibreOffice loses the rest of the document after a merged
    // label that crosses two).
    const metrics = fitTable(b.table, measure, tableSpace(heading));
    const need = heading + TABLE_ABOVE + metrics.height + TABLE_GAP.after;
    const left = page - pos;
    const room = left - heading - TABLE_ABOVE;
    const whole = (newPage: boolean) => ({ metrics, newPage, split: false, room, pieces: [tablePiece(b.table, metrics, b.table.headerRows, metrics.rowHeights.length)] });
    if (need <= left + 0.01) {
      pos += need;
      return whole(false);
    }
    const split = !model.tablesWhole && left > page / 2;
    const newPage = !split && pos > 0;
    if (newPage) pos = 0;
    if (need <= page - pos + 0.01) {
      pos += need;
      return whole(newPage);
    }
    // Each later piece starts its page below the gap kept above a table.
    const pieces = cutTable(b.table, metrics, page - pos - heading - TABLE_ABOVE - PIECE_SLACK, page - TABLE_ABOVE - PIECE_SLACK);
    pos = pieces.length > 1 ? TABLE_ABOVE + pieces.at(-1)!.metrics.height + TABLE_GAP.after : pos + need;
    return { metrics, newPage, split: pieces.length > 1, room, pieces };
  });
}
