/**
 * DocModel → DOCX (the `docx` library). Fonts are named, not embedded: Word/WPS use the official
 * faces where installed; `eastAsia` is set so Chinese text takes them.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  BODY_LINE,
  CELL_PAD,
  INDENT,
  MM,
  PAGE,
  SIZE,
  TEXT_WIDTH,
  TITLE_LINE,
  pageNumberAlign,
  type FontRole,
  type PageNumberPlacement,
} from './layout.ts';
import type { DocModel, DocTable } from './model.ts';
import { TABLE_GAP, fitTable, tableSpace, type TextMeasure } from './table-fit.ts';

/** Twentieths of a point, DOCX's length unit. */
const tw = (pt: number) => Math.round(pt * 20);
/** Half points, DOCX's font size unit. */
const hp = (pt: number) => Math.round(pt * 2);

export interface DocxOptions {
  /** Font family named for each role. */
  fontNames: Record<FontRole, string>;
  pageNumbers?: PageNumberPlacement;
  /** Glyph widths of the fonts the PDF uses, so both pick the same table font size. */
  measure: TextMeasure;
}

function run(text: string, role: FontRole, names: Record<FontRole, string>, size: number = SIZE[role]): TextRun {
  const name = names[role];
  return new TextRun({ text, size: hp(size), font: { ascii: name, hAnsi: name, eastAsia: name, cs: name } });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;

function table(t: DocTable, names: Record<FontRole, string>, measure: TextMeasure, above: number): Table {
  const m = fitTable(t, measure, tableSpace(above));
  const totalWeight = t.columnWidths.reduce((a, b) => a + b, 0);
  const totalTw = tw(TEXT_WIDTH);
  const widths = t.columnWidths.map((w) => Math.floor((w / totalWeight) * totalTw));
  widths[widths.length - 1]! += totalTw - widths.reduce((a, b) => a + b, 0);
  // Which grid column each origin cell starts at, for its width.
  const occupied = t.rows.map(() => new Set<number>());
  const rows = t.rows.map((cells, r) => {
    let col = 0;
    const last = r === t.rows.length - 1;
    return new TableRow({
      tableHeader: r < t.headerRows,
      cantSplit: true,
      children: cells.map((cell) => {
        while (occupied[r]!.has(col)) col++;
        for (let dr = 0; dr < cell.rowSpan; dr++) for (let dc = 0; dc < cell.colSpan; dc++) occupied[r + dr]?.add(col + dc);
        const width = widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
        col += cell.colSpan;
        return new TableCell({
          columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
          rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          textDirection: cell.vertical ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : undefined,
          margins: { left: tw(CELL_PAD.x), right: tw(CELL_PAD.x), top: tw(CELL_PAD.y), bottom: tw(CELL_PAD.y) },
          children: [
            new Paragraph({
              alignment: ALIGN[cell.align],
              spacing: { line: tw(m.line), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
              // Every row keeps with the next, so Word moves a table that fits on a page as a whole.
              keepNext: !last,
              children: [run(cell.text, 'table', names, m.size)],
            }),
          ],
        });
      }),
    });
  });
  const borders = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
  return new Table({
    rows,
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    width: { size: totalTw, type: WidthType.DXA },
    borders,
  });
}

function footer(align: 'left' | 'right' | 'center', names: Record<FontRole, string>): Footer {
  const name = names.pageNumber;
  const indent = tw(SIZE.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        indent: align === 'right' ? { right: indent } : align === 'left' ? { left: indent } : undefined,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: hp(SIZE.pageNumber),
            font: { ascii: name, hAnsi: name, eastAsia: name, cs: name },
          }),
        ],
      }),
    ],
  });
}

export function docxDocument(model: DocModel, opts: DocxOptions): Document {
  const names = opts.fontNames;
  const bodyLine = { line: tw(BODY_LINE), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  const children: (Paragraph | Table)[] = model.title.map(
    (t) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: tw(TITLE_LINE), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [run(t, 'title', names)],
      }),
  );
  children.push(new Paragraph({ spacing: bodyLine, children: [run('', 'body', names)] }));
  model.blocks.forEach((b, i) => {
    if (b.type === 'table') {
      children.push(table(b.table, names, opts.measure, model.blocks[i - 1]?.type === 'heading' ? BODY_LINE : 0));
      // Word needs a paragraph after a table; a short one keeps the gap small.
      children.push(new Paragraph({ spacing: { line: tw(TABLE_GAP.after), lineRule: LineRuleType.EXACT, before: 0, after: 0 } }));
      return;
    }
    const role: FontRole = b.type === 'paragraph' ? 'body' : b.type;
    children.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: bodyLine,
        indent: { firstLine: tw(INDENT) },
        keepNext: b.type !== 'paragraph',
        children: [run(b.text, role, names)],
      }),
    );
  });
  const placement = opts.pageNumbers ?? 'outer';
  const footerBottom = PAGE.margin.bottom - PAGE.footerBelowText - SIZE.pageNumber * 1.3;
  return new Document({
    title: model.documentTitle,
    creator: 'nianbao',
    evenAndOddHeaderAndFooters: placement === 'outer',
    styles: {
      default: {
        document: { run: { font: { ascii: names.body, hAnsi: names.body, eastAsia: names.body }, size: hp(SIZE.body) } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: tw(PAGE.width), height: tw(PAGE.height) },
            margin: {
              top: tw(PAGE.margin.top),
              bottom: tw(PAGE.margin.bottom),
              left: tw(PAGE.margin.left),
              right: tw(PAGE.margin.right),
              footer: tw(Math.max(footerBottom, 10 * MM)),
              header: tw(15 * MM),
            },
          },
        },
        footers:
          placement === 'outer'
            ? { default: footer(pageNumberAlign(1, placement), names), even: footer(pageNumberAlign(2, placement), names) }
            : { default: footer('center', names) },
        children,
      },
    ],
  });
}

export async function renderDocx(model: DocModel, opts: DocxOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(docxDocument(model, opts)));
}
