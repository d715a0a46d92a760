/**
 * DocModel → pdfmake document definition (pure data: fonts are registered by the caller under the
 * role names of layout.ts). The Node side runs pdfmake; the browser could too.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  BODY_LINE,
  CELL_PAD,
  GRID_SPACING,
  INDENT,
  PAGE,
  SIZE,
  TEXT_WIDTH,
  TITLE_LINE,
  pageNumberAlign,
  pageNumberText,
  type FontRole,
  type PageNumberPlacement,
} from '../../shared/export/layout.ts';
import { justifySpacing } from '../../shared/export/line-break.ts';
import type { Block, DocModel, DocTable } from '../../shared/export/model.ts';
import { blockLines, planTables } from '../../shared/export/pagination.ts';
import type { TablePiece } from '../../shared/export/table-pieces.ts';
import { BORDER, TABLE_ABOVE, TABLE_GAP, centringOffset, type TextMeasure } from '../../shared/export/table-fit.ts';

export interface PdfFontInfo extends TextMeasure {
  /** The font's natural line height per point of size ((ascent − descent) / unitsPerEm): pdfmake's lineHeight multiplies it. */
  lineHeightPerPt: Record<FontRole, number>;
  /** Ascent per point of size (where pdfmake puts the baseline below a line's top); default 0.8 × line height. */
  ascentPerPt?: Record<FontRole, number>;
  /** Height of the middle of the page number font's 「—」 above the baseline, per point of size. */
  dashMiddlePerPt?: number;
  /**
   * `text` cut into runs by the font family that draws each character (the role's, or a fallback
   * for characters it lacks); one run in the role's font when not given.
   */
  runs?: (role: FontRole, text: string) => { text: string; font: string }[];
}

export interface PdfOptions {
  pageNumbers?: PageNumberPlacement;
}

function pitch(role: FontRole, size: number, line: number, fonts: PdfFontInfo): number {
  return line / (fonts.lineHeightPerPt[role] * size);
}

function ascent(role: FontRole, fonts: PdfFontInfo): number {
  return fonts.ascentPerPt?.[role] ?? fonts.lineHeightPerPt[role] * 0.8;
}

/**
 * Top and bottom margins that put a grid line's baseline where the body font's would be: pdfmake
 * hangs text from its font's ascent, so a 楷体 with a short ascent would sit 3–4 pt high.
 */
function onBodyBaseline(role: FontRole, fonts: PdfFontInfo): [number, number, number, number] | undefined {
  const shift = (ascent('body', fonts) - ascent(role, fonts)) * SIZE[role];
  return Math.abs(shift) < 0.01 ? undefined : [0, shift, 0, -shift];
}

/**
 * Space above the page number's line that puts the middle of its 「—」 7 mm below the text area
 * (GB/T 9704: 一字线上距版心下边缘 7 mm).
 */
export function pageNumberTop(fonts: PdfFontInfo): number {
  const dash = fonts.dashMiddlePerPt ?? 0.3;
  return PAGE.footerBelowText - (ascent('pageNumber', fonts) - dash) * SIZE.pageNumber;
}

function runs(role: FontRole, text: string, fonts: PdfFontInfo): { text: string; font: string }[] {
  return fonts.runs ? fonts.runs(role, text) : [{ text, font: role }];
}

/**
 * One piece of a table as planned (pagination.ts, table-pieces.ts): the whole table, or what one
 * page prints of a table that runs on, its header rows repeated and its merges cut at the page.
 */
function tableContent(table: DocTable, piece: TablePiece, fonts: PdfFontInfo, margin: { top: number; bottom: number }): Content {
  const m = piece.metrics;
  const lh = pitch('table', m.size, m.line, fonts);
  const body: TableCell[][] = m.grid.map((row, r) =>
    row.map((cell, c): TableCell => {
      if (!cell) return {};
      const cellRuns = runs('table', cell.vertical ? [...cell.text].join('\n') : cell.text, fonts);
      const out: TableCell = {
        // One run in the table's font is given as plain text: pdfmake handles that with less work.
        text: cellRuns.length === 1 && cellRuns[0]!.font === 'table' ? cellRuns[0]!.text : cellRuns,
        font: 'table',
        fontSize: m.size,
        lineHeight: lh,
        alignment: cell.align,
      };
      if (cell.rowSpan > 1) Object.assign(out, { rowSpan: cell.rowSpan, margin: [0, centringOffset(m, r, c), 0, 0] });
      else out.verticalAlignment = 'middle';
      if (cell.colSpan > 1) out.colSpan = cell.colSpan;
      return out;
    }),
  );
  return {
    table: { widths: m.widths, body, headerRows: table.headerRows, dontBreakRows: true },
    layout: {
      hLineWidth: () => BORDER,
      vLineWidth: () => BORDER,
      paddingLeft: () => CELL_PAD.x,
      paddingRight: () => CELL_PAD.x,
      paddingTop: () => CELL_PAD.y,
      paddingBottom: () => CELL_PAD.y,
    },
    // A table too wide for its numbers reaches evenly into both side margins.
    margin: [-m.overhang, margin.top, -m.overhang, margin.bottom],
  };
}

type TextBlock = Exclude<Block, { type: 'table' }>;

/** Widest space justification may add between two characters, per point of size (a quarter em). */
const MAX_JUSTIFY = 0.25;

/**
 * A heading or paragraph as lines we broke and justified ourselves: pdfmake gets one inline per line
 * instead of one per Chinese character. Returns its lines as nodes with widow and orphan control
 * (as pagination.ts plans, and as Word, WPS and LibreOffice print the DOCX): `first` the first two
 * lines (all of a text of three or fewer), which a heading joins, `rest` the lines that may break
 * anywhere, `last` the last two, kept together so that no page starts with a lone last line.
 */
function textLines(b: TextBlock, fonts: PdfFontInfo): { first: Content; rest: Content | null; last: Content | null } {
  const role: FontRole = b.type === 'paragraph' ? 'body' : b.type;
  const used = role;
  const size = SIZE[role];
  const firstWidth = TEXT_WIDTH - INDENT;
  // A run-in sub-heading is broken with its paragraph and printed in its own font (楷体).
  const lead = b.type === 'paragraph' ? (b.lead ?? '') : '';
  const full = lead + b.text;
  const lines = blockLines(b, fonts);
  const starts: number[] = [];
  lines.reduce((at, l) => {
    const start = full.indexOf(l.text, at);
    starts.push(start);
    return start + l.text.length;
  }, 0);
  const lineRuns = (text: string, start: number) => {
    const cut = Math.max(0, Math.min(text.length, lead.length - start));
    return [...(cut ? runs('subheading', text.slice(0, cut), fonts) : []), ...(cut < text.length ? runs(used, text.slice(cut), fonts) : [])];
  };
  const margin = onBodyBaseline(used, fonts);
  const style = { font: used, fontSize: size, lineHeight: pitch(used, size, BODY_LINE, fonts), ...(margin ? { margin } : {}) };
  const node = (from: number, to: number, indent: number): Content => ({
    ...style,
    ...(indent ? { leadingIndent: indent } : {}),
    text: lines.slice(from, to).flatMap((l, i) => {
      const parts = lineRuns(l.text, starts[from + i]!);
      const spacing = justifySpacing(l, from + i === 0 ? firstWidth : TEXT_WIDTH, GRID_SPACING, MAX_JUSTIFY * size);
      // pdfmake counts one gap fewer per inline: with the grid's negative spacing a line of several
      // inlines (a run-in sub-heading, a fallback font) would measure wider and wrap its last one.
      const n = [...l.text].length;
      const characterSpacing = parts.length > 1 && n > parts.length ? (Math.min(spacing, 0) * (n - 1) - 0.5) / (n - parts.length) + Math.max(spacing, 0) : spacing;
      const line = parts.map((r) => ({ ...r, noWrap: true, characterSpacing }));
      return from + i < to - 1 ? [...line, { text: '\n' }] : line;
    }),
  });
  const n = lines.length;
  if (n <= 3) return { first: node(0, n, INDENT), rest: null, last: null };
  return { first: node(0, 2, INDENT), rest: n > 4 ? node(2, n - 2, 0) : null, last: node(n - 2, n, 0) };
}

export function pdfDefinition(model: DocModel, fonts: PdfFontInfo, opts: PdfOptions = {}): TDocumentDefinitions {
  const bodyPitch = (role: FontRole) => pitch(role, SIZE[role], BODY_LINE, fonts);
  const content: Content[] = [
    ...model.title.map(
      (t): Content => ({
        text: runs('title', t, fonts),
        font: 'title',
        fontSize: SIZE.title,
        lineHeight: pitch('title', SIZE.title, TITLE_LINE, fonts),
        alignment: 'center',
      }),
    ),
    // One empty body line between title and text (GB/T 9704).
    { text: ' ', font: 'body', fontSize: SIZE.body, lineHeight: bodyPitch('body') },
  ];
  const blocks = model.blocks;
  const plans = planTables(model, fonts);
  // Headings waiting to be kept with what follows them.
  let held: Content[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'table') {
      const pieces = plans[i]!.pieces;
      pieces.forEach((piece, k) => {
        // The gap above the table on each page it takes; below it only at its end.
        const t = tableContent(b.table, piece, fonts, { top: TABLE_ABOVE, bottom: k === pieces.length - 1 ? TABLE_GAP.after : 0 });
        // Each piece fits its page (pdfmake keeps only the first page of an unbreakable block).
        content.push(k === 0 ? { stack: [...held, t], unbreakable: true } : { stack: [t], unbreakable: true, pageBreak: 'before' });
      });
      held = [];
      continue;
    }
    const { first, rest, last } = textLines(b, fonts);
    if (b.type !== 'paragraph') {
      // A heading never ends a page: it stays with the first lines of the text after it.
      held.push(...[first, rest, last].filter((x) => x !== null));
      continue;
    }
    content.push({ stack: [...held, first], unbreakable: true });
    held = [];
    if (rest) content.push(rest);
    if (last) content.push({ stack: [last], unbreakable: true });
  }
  content.push(...held);
  const placement = opts.pageNumbers ?? 'outer';
  return {
    pageSize: { width: PAGE.width, height: PAGE.height },
    pageMargins: [PAGE.margin.left, PAGE.margin.top, PAGE.margin.right, PAGE.margin.bottom],
    info: { title: model.documentTitle, creator: 'nianbao', producer: 'nianbao' },
    language: 'zh-CN',
    content,
    defaultStyle: { font: 'body', fontSize: SIZE.body },
    footer: (currentPage: number) => ({
      text: pageNumberText(currentPage),
      font: 'pageNumber',
      fontSize: SIZE.pageNumber,
      alignment: pageNumberAlign(currentPage, placement),
      // One character in from the text edge, as GB/T 9704 places it.
      margin: [PAGE.margin.left + SIZE.pageNumber, pageNumberTop(fonts), PAGE.margin.right + SIZE.pageNumber, 0],
    }),
  };
}
