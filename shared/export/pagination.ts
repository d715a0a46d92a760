/**
 * Where the tables fall, decided once for both renderers by laying the report out in lines the way
 * the PDF does (fixed 28.9 pt lines, our own line breaks, the tables' measured heights). A table
 * that does not fit the rest of its page either moves whole to the next page, or — when that would
 * leave the page more than half empty and the report allows it — splits there with its header
 * rows repeated (GB/T 9704 tables run on; 表格不跨页 keeps every table whole).
 */
import { BODY_LINE, GRID_SPACING, INDENT, SIZE, TEXT_HEIGHT, TEXT_WIDTH, TITLE_LINE, type FontRole } from './layout.ts';
import { breakLines, gridWidth, type BrokenLine } from './line-break.ts';
import type { Block, DocModel } from './model.ts';
import { BORDER, TABLE_GAP, fitTable, tableSpace, type TableMetrics, type TextMeasure } from './table-fit.ts';

export interface TablePlan {
  metrics: TableMetrics;
  /** The table (with its heading) starts a new page. */
  newPage: boolean;
  /** The table runs on to the next page, its header rows repeated there. */
  split: boolean;
  /** Rows (header included) expected on the table's first page when it splits. */
  firstPageRows: number;
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

/** Rows of a table that fit in `space` points from its top (header included, each row whole). */
function rowsFitting(m: TableMetrics, space: number): number {
  let used = BORDER;
  let rows = 0;
  for (const h of m.rowHeights) {
    if (used + h + BORDER > space) break;
    used += h + BORDER;
    rows++;
  }
  return rows;
}

/** The plan of each table block, by block index (null for text blocks). */
export function planTables(model: DocModel, measure: TextMeasure): (TablePlan | null)[] {
  const page = TEXT_HEIGHT;
  let pos = model.title.length * TITLE_LINE + BODY_LINE;
  // Heading lines waiting to be placed with what follows them.
  let held = 0;
  const place = (height: number) => {
    if (pos + height > page + 0.01) pos = 0;
    pos += height;
  };
  return model.blocks.map((b) => {
    if (b.type !== 'table') {
      const lines = textLineCount(b, measure);
      if (b.type !== 'paragraph') {
        held += lines;
        return null;
      }
      // A heading stays with the first line of its text; the rest flows line by line.
      place((held + 1) * BODY_LINE);
      held = 0;
      for (let i = 1; i < lines; i++) place(BODY_LINE);
      return null;
    }
    const heading = held * BODY_LINE;
    held = 0;
    const whole = model.tablesWhole;
    // Even a table that may run on steps its size down to fit one page where it can: it then
    // crosses one page break at most (LibreOffice loses the rest of the document after a merged
    // label that crosses two).
    const metrics = fitTable(b.table, measure, tableSpace(heading));
    const need = heading + TABLE_GAP.before + metrics.height + TABLE_GAP.after;
    const left = page - pos;
    if (need <= left + 0.01) {
      pos += need;
      return { metrics, newPage: false, split: false, firstPageRows: metrics.rowHeights.length };
    }
    const split = !whole && left > page / 2;
    const newPage = !split && pos > 0;
    if (newPage) pos = 0;
    const room = page - pos - heading - TABLE_GAP.before;
    const firstPageRows = rowsFitting(metrics, room);
    if (need <= page - pos + 0.01) {
      pos += need;
      return { metrics, newPage, split: false, firstPageRows: metrics.rowHeights.length };
    }
    // The rows past the first page, each later page starting with the header rows again.
    const header = metrics.rowHeights.slice(0, b.table.headerRows).reduce((a, h) => a + h + BORDER, BORDER);
    let y = page;
    for (const h of metrics.rowHeights.slice(firstPageRows)) {
      if (y + h + BORDER > page) y = header;
      y += h + BORDER;
    }
    pos = y + TABLE_GAP.after;
    return { metrics, newPage, split: true, firstPageRows };
  });
}
