/**
 * DocModel → pdfmake document definition (pure data: fonts are registered by the caller under the
 * role names of layout.ts). The Node side runs pdfmake; the browser could too.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  BODY_LINE,
  CELL_PAD,
  INDENT,
  PAGE,
  SIZE,
  TITLE_LINE,
  pageNumberAlign,
  pageNumberText,
  type FontRole,
  type PageNumberPlacement,
} from './layout.ts';
import type { DocModel, DocTable } from './model.ts';
import { BORDER, TABLE_GAP, centringOffset, fitTable, tableSpace, type TextMeasure } from './table-fit.ts';

export interface PdfFontInfo extends TextMeasure {
  /** The font's natural line height per point of size ((ascent − descent) / unitsPerEm): pdfmake's lineHeight multiplies it. */
  lineHeightPerPt: Record<FontRole, number>;
  /** Whether the role's font has a glyph for every character of `text`; text it cannot show falls back to the body font. */
  covers?: (role: FontRole, text: string) => boolean;
}

/** What the footer prints, 「— n —」. */
const PAGE_NUMBER = /^— \d+ —$/;

export interface PdfOptions {
  pageNumbers?: PageNumberPlacement;
}

function pitch(role: FontRole, size: number, line: number, fonts: PdfFontInfo): number {
  return line / (fonts.lineHeightPerPt[role] * size);
}

function font(role: FontRole, text: string, fonts: PdfFontInfo): FontRole {
  return !fonts.covers || fonts.covers(role, text) ? role : 'body';
}

/** The table, and whether it fits on one page (then it is kept on one). */
function tableContent(table: DocTable, fonts: PdfFontInfo, above: number): { content: Content; fits: boolean } {
  const available = tableSpace(above);
  const m = fitTable(table, fonts, available);
  const lh = pitch('table', m.size, m.line, fonts);
  const body: TableCell[][] = m.grid.map((row, r) =>
    row.map((cell, c): TableCell => {
      if (!cell) return {};
      const out: TableCell = {
        text: cell.vertical ? [...cell.text].join('\n') : cell.text,
        font: font('table', cell.text, fonts),
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
  const content: Content = {
    table: { widths: m.widths, body, headerRows: table.headerRows, keepWithHeaderRows: 1, dontBreakRows: true },
    layout: {
      hLineWidth: () => BORDER,
      vLineWidth: () => BORDER,
      paddingLeft: () => CELL_PAD.x,
      paddingRight: () => CELL_PAD.x,
      paddingTop: () => CELL_PAD.y,
      paddingBottom: () => CELL_PAD.y,
    },
    margin: [0, TABLE_GAP.before, 0, TABLE_GAP.after],
  };
  return { content, fits: m.height <= available };
}

export function pdfDefinition(model: DocModel, fonts: PdfFontInfo, opts: PdfOptions = {}): TDocumentDefinitions {
  const bodyPitch = (role: FontRole) => pitch(role, SIZE[role], BODY_LINE, fonts);
  const content: Content[] = [
    ...model.title.map(
      (t): Content => ({
        text: t,
        font: font('title', t, fonts),
        fontSize: SIZE.title,
        lineHeight: pitch('title', SIZE.title, TITLE_LINE, fonts),
        alignment: 'center',
      }),
    ),
    // One empty body line between title and text (GB/T 9704).
    { text: ' ', font: 'body', fontSize: SIZE.body, lineHeight: bodyPitch('body') },
  ];
  const blocks = model.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'table') {
      const t = tableContent(b.table, fonts, 0);
      // pdfmake keeps only the first page of an unbreakable block: only tables that fit get one.
      content.push(t.fits ? { stack: [t.content], unbreakable: true } : t.content);
      continue;
    }
    const role: FontRole = b.type === 'paragraph' ? 'body' : b.type;
    const p: Content = {
      text: b.text,
      font: font(role, b.text, fonts),
      fontSize: SIZE[role],
      lineHeight: bodyPitch(role),
      alignment: 'justify',
      leadingIndent: INDENT,
      ...(b.type === 'paragraph' ? {} : { headlineLevel: b.type === 'heading' ? 1 : 2 }),
    };
    // A heading directly followed by its table moves with it, so a heading never ends a page alone.
    const next = blocks[i + 1];
    if (b.type === 'heading' && next?.type === 'table') {
      const t = tableContent(next.table, fonts, BODY_LINE);
      content.push(t.fits ? { stack: [p, t.content], unbreakable: true } : { stack: [p, t.content] });
      i++;
    } else {
      content.push(p);
    }
  }
  const placement = opts.pageNumbers ?? 'outer';
  return {
    pageSize: { width: PAGE.width, height: PAGE.height },
    pageMargins: [PAGE.margin.left, PAGE.margin.top, PAGE.margin.right, PAGE.margin.bottom],
    info: { title: model.documentTitle, creator: 'nianbao', producer: 'nianbao' },
    language: 'zh-CN',
    content,
    defaultStyle: { font: 'body', fontSize: SIZE.body },
    // A heading never ends a page: it moves to the next page with the text it introduces.
    // (The footer's page number is a node on the page too and does not count.)
    pageBreakBefore: (node, q) =>
      node.headlineLevel !== undefined &&
      !q.getFollowingNodesOnPage().some((n) => n.table !== undefined || (n.text !== undefined && !PAGE_NUMBER.test(String(n.text)))),
    footer: (currentPage: number) => ({
      text: pageNumberText(currentPage),
      font: 'pageNumber',
      fontSize: SIZE.pageNumber,
      alignment: pageNumberAlign(currentPage, placement),
      // One character in from the text edge, as GB/T 9704 places it.
      margin: [PAGE.margin.left + SIZE.pageNumber, PAGE.footerBelowText, PAGE.margin.right + SIZE.pageNumber, 0],
    }),
  };
}
