/**
 * DocModel → DOCX (the `docx` library). Fonts are named, not embedded: Word/WPS use the official
 * faces where installed; `eastAsia` is set so Chinese text takes them.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
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
  GRID_SPACING,
  INDENT,
  MM,
  PAGE,
  SIZE,
  TEXT_WIDTH,
  TITLE_LINE,
  pageNumberAlign,
  type FontRole,
  type PageNumberPlacement,
} from '../../shared/export/layout.ts';
import { placeCells } from '../../shared/schema/spans.ts';
import { keptPieces } from '../../shared/export/line-break.ts';
import { finishDocx } from '../../shared/export/docx-package.ts';
import type { DocModel, DocTable } from '../../shared/export/model.ts';
import { planTables } from '../../shared/export/pagination.ts';
import type { TablePiece } from '../../shared/export/table-pieces.ts';
import { BORDER as BORDER_PT, TABLE_GAP, type TextMeasure } from '../../shared/export/table-fit.ts';

/** Twentieths of a point, DOCX's length unit. */
const tw = (pt: number) => Math.round(pt * 20);
/** Half points, DOCX's font size unit. */
const hp = (pt: number) => Math.round(pt * 2);

export interface DocxOptions {
  /** Font family named for each role. */
  fontNames: Record<FontRole, string>;
  pageNumbers?: PageNumberPlacement;
  /** Written as the document's author and last editor (the unit); the app's name otherwise. */
  author?: string;
  /** Glyph widths of the fonts the PDF uses, so both pick the same table font size. */
  measure: TextMeasure;
}

function fontAttrs(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** Paragraph styles carry the fonts and spacing: far fewer XML nodes than per-run properties (DOCX < 60 ms). */
interface StyleDef {
  id: string;
  /** The name Word/WPS show in the style gallery. */
  name: string;
  /** Outline level (0 = level 1): headings appear in the navigation pane. */
  outline?: number;
  role: FontRole;
  size: number;
  line: number;
  firstLine?: number;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  keepNext?: boolean;
  /** Text on the 28-character grid (spaced to 28 characters a line). */
  grid?: boolean;
}

/**
 * Text keeps its own pitch instead of snapping to the document grid (every style opts out):
 * LibreOffice gives a 16 pt character two cells of a 15.8 pt grid (14 characters a line) where
 * Word squeezes it into one. Grid text gets the grid's spacing instead, in DOCX's 1/20 pt, a
 * little tighter than the PDF's because LibreOffice rounds the grid's cells down to 15.73 pt.
 */
const GRID_CHARACTER_SPACING = Math.floor(GRID_SPACING * 20) - 1;

function paragraphStyle(d: StyleDef, names: Record<FontRole, string>) {
  return {
    id: d.id,
    name: d.name,
    // snapToGrid on the run is also the mark on which docx-package.ts's finishStyles adds it to the paragraph.
    run: { font: fontAttrs(names[d.role]), size: hp(d.size), snapToGrid: false, ...(d.grid ? { characterSpacing: GRID_CHARACTER_SPACING } : {}) },
    paragraph: {
      spacing: { line: tw(d.line), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      // Widow and orphan control, as our PDF (pagination.ts): no page ends on a paragraph's first
      // line or starts with its last alone. It is Word's default (ECMA-376 17.3.1.44 w:widowControl)
      // and LibreOffice applies it even when told not to: with it off, it still moved a paragraph's
      // lone first line to the next page (measured, 7.x), a page more than our PDF had then.
      widowControl: true,
      ...(d.firstLine ? { indent: { firstLine: tw(d.firstLine) } } : {}),
      ...(d.alignment ? { alignment: d.alignment } : {}),
      ...(d.keepNext ? { keepNext: true } : {}),
      ...(d.outline !== undefined ? { outlineLevel: d.outline } : {}),
    },
  };
}

const STYLES: readonly StyleDef[] = [
  { id: 'NbTitle', name: '标题', outline: 0, role: 'title', size: SIZE.title, line: TITLE_LINE, alignment: AlignmentType.CENTER },
  { id: 'NbHeading', name: '一级标题', outline: 1, grid: true, role: 'heading', size: SIZE.heading, line: BODY_LINE, firstLine: INDENT, alignment: AlignmentType.JUSTIFIED },
  { id: 'NbSubheading', name: '二级标题', outline: 2, grid: true, role: 'subheading', size: SIZE.subheading, line: BODY_LINE, firstLine: INDENT, alignment: AlignmentType.JUSTIFIED },
  { id: 'NbBody', name: '正文', grid: true, role: 'body', size: SIZE.body, line: BODY_LINE, firstLine: INDENT, alignment: AlignmentType.JUSTIFIED },
  // Off the grid like the others: LibreOffice would otherwise make it a whole 28.9 pt line.
  { id: 'NbGap', name: '表格后间距', role: 'body', size: SIZE.body, line: TABLE_GAP.after },
  // Starts a new page above a table or the next piece of one (paragraph-level pageBreakBefore: the
  // OOXML way that Word, WPS and LibreOffice all honour; a table row cannot carry it).
  { id: 'NbBreak', name: '表格前分页', role: 'body', size: SIZE.body, line: TABLE_GAP.before },
];

/** U+2060 WORD JOINER: no line break here, and nothing printed. */
const WJ = '\u2060';

/**
 * A number or code that stays on one line. LibreOffice breaks text of a Chinese language between
 * any two characters, digits included (「2025年1/」「2月」); marked en-US, its Unicode line breaker
 * keeps the number whole, and a word joiner holds what it would still break: after a hyphen, after
 * a slash before a letter (GB/T), before the 年/月/日 of a date. Not w:noBreakHyphen: LibreOffice breaks after it all the same (measured,
 * 7.4), and the hyphen stays the character a reader searches for. LibreOffice's PDF carries no
 * joiner in its text: copied, it reads 0517-83605210.
 */
function keptRun(text: string): TextRun {
  const joined = text.replace(/-|\/(?=[A-Za-z])/g, `$&${WJ}`).replace(/([0-9])([年月日])$/, `$1${WJ}$2`);
  return new TextRun({ text: joined, language: { value: 'en-US', eastAsia: 'en-US' } });
}

/** Prose as runs, its numbers and codes (0517-83605210, 2025年1/2月) kept from breaking. */
export function textRuns(text: string): TextRun[] {
  return keptPieces(text).map((p) => (p.kept ? keptRun(p.text) : new TextRun(p.text)));
}

/** Which part of the report each table belongs to, for its style's name. */
const SECTION_NUMERAL: Record<DocTable['id'], string> = { sec2: '二', sec3: '三', sec4: '四' };

const BLOCK_STYLE = { heading: 'NbHeading', subheading: 'NbSubheading', paragraph: 'NbBody' } as const;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;

/**
 * One piece of a table as planned (table-pieces.ts): the whole table, or what one page prints of a
 * table that runs on. No office suite has to split a table or carry a vertical merge across a page.
 */
function table(piece: TablePiece, style: string): Table {
  const { table: t, metrics: m } = piece;
  // Each column as measured for the PDF, with its padding and one border.
  const totalTw = tw(TEXT_WIDTH + 2 * m.overhang);
  const widths = m.widths.map((w) => Math.floor(tw(w + 2 * CELL_PAD.x + BORDER_PT)));
  widths[widths.length - 1]! += totalTw - widths.reduce((a, b) => a + b, 0);
  const rows = placeCells(t.rows).map((cells, r) => {
    // Every row but the last keeps with the next: the piece fits its page, and Word (which honours
    // keepNext in tables; LibreOffice does not) moves it whole rather than split it.
    const letGo = r === t.rows.length - 1;
    return new TableRow({
      cantSplit: true,
      children: cells.map(({ cell, col }) => {
        const width = widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
        return new TableCell({
          columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
          rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          textDirection: cell.vertical ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : undefined,
          children: [
            new Paragraph({
              style: cell.align === 'left' ? `${style}L` : style,
              keepNext: letGo ? false : undefined,
              // Value cells are sized to hold their number on one line: a plain run is enough (DOCX < 60 ms).
              children: cell.isValue ? [new TextRun(cell.text)] : textRuns(cell.text),
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
    margins: { left: tw(CELL_PAD.x), right: tw(CELL_PAD.x), top: tw(CELL_PAD.y), bottom: tw(CELL_PAD.y) },
    width: { size: totalTw, type: WidthType.DXA },
    ...(m.overhang ? { indent: { size: -tw(m.overhang), type: WidthType.DXA } } : {}),
    borders,
  });
}

/** The page number's line, and how far the middle of its 「—」 sits above the line's bottom (measured in LibreOffice). */
const FOOTER_LINE = 18;
const DASH_ABOVE_FOOTER_BOTTOM = 7.6;

function footer(align: 'left' | 'right' | 'center', names: Record<FontRole, string>): Footer {
  const name = names.pageNumber;
  const indent = tw(SIZE.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { line: tw(FOOTER_LINE), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        indent: align === 'right' ? { right: indent } : align === 'left' ? { left: indent } : undefined,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            size: hp(SIZE.pageNumber),
            font: fontAttrs(name),
          }),
        ],
      }),
    ],
  });
}

export function docxDocument(model: DocModel, opts: DocxOptions): Document {
  const names = opts.fontNames;
  const styles = STYLES.map((d) => paragraphStyle(d, names));
  const children: (Paragraph | Table)[] = model.title.map((t) => new Paragraph({ style: 'NbTitle', children: [new TextRun(t)] }));
  children.push(new Paragraph({ style: 'NbBody' }));
  const plans = planTables(model, opts.measure);
  // Word honours keepNext inside tables but LibreOffice does not: a table the plan moves to a new
  // page starts it with its headings (page break before the first), as in our PDF; a table after a
  // paragraph starts it with a break paragraph as tall as the gap the PDF keeps above a table.
  const breakBefore = new Set<number>();
  const breakParagraph = () => new Paragraph({ style: 'NbBreak', pageBreakBefore: true });
  plans.forEach((plan, i) => {
    if (!plan?.newPage) return;
    let j = i;
    while (j > 0 && model.blocks[j - 1]!.type !== 'paragraph' && model.blocks[j - 1]!.type !== 'table') j--;
    breakBefore.add(j);
  });
  model.blocks.forEach((b, i) => {
    const plan = plans[i];
    if (b.type === 'table' && plan) {
      const m = plan.metrics;
      const style = `NbTable${b.table.id}`;
      const cellStyle = { role: 'table', size: m.size, line: m.line, keepNext: true } as const;
      const name = `表格（${SECTION_NUMERAL[b.table.id]}）`;
      styles.push(paragraphStyle({ id: style, name, ...cellStyle, alignment: AlignmentType.CENTER }, names));
      styles.push(paragraphStyle({ id: `${style}L`, name: `${name}左对齐`, ...cellStyle, alignment: AlignmentType.LEFT }, names));
      if (breakBefore.has(i)) children.push(breakParagraph());
      // A table that runs on: each page's piece after a page break, as the PDF prints it.
      plan.pieces.forEach((piece, k) => {
        if (k > 0) children.push(breakParagraph());
        children.push(table(piece, style));
      });
      // Word needs a paragraph after a table; a short one keeps the gap small. None before a heading
      // that starts a new page: pushed past a full page's end it left a blank page in LibreOffice.
      if (!breakBefore.has(i + 1)) children.push(new Paragraph({ style: 'NbGap' }));
      return;
    }
    if (b.type === 'table') return;
    const pageBreakBefore = breakBefore.has(i);
    children.push(
      new Paragraph({
        style: BLOCK_STYLE[b.type],
        keepNext: b.type !== 'paragraph',
        pageBreakBefore,
        // The PDF's gap above a table (its plan counts it).
        ...(model.blocks[i + 1]?.type === 'table' ? { spacing: { after: tw(TABLE_GAP.before) } } : {}),
        // A run-in sub-heading: the paragraph's first words in the sub-heading's font.
        children: [...(b.type === 'paragraph' && b.lead ? [new TextRun({ text: b.lead, font: fontAttrs(names.subheading) })] : []), ...textRuns(b.text)],
      }),
    );
  });
  const placement = opts.pageNumbers ?? 'outer';
  // GB/T 9704: the dashes 7 mm below the text area.
  const footerBottom = PAGE.margin.bottom - PAGE.footerBelowText - DASH_ABOVE_FOOTER_BOTTOM;
  return new Document({
    title: model.documentTitle,
    creator: opts.author ?? '年报编辑器',
    lastModifiedBy: opts.author ?? '年报编辑器',
    description: '政府信息公开工作年度报告',
    evenAndOddHeaderAndFooters: placement === 'outer',
    styles: {
      // zh-CN lets Word/WPS apply Chinese line-breaking rules (no 。，） at a line start).
      default: { document: { run: { font: fontAttrs(names.body), size: hp(SIZE.body), language: { value: 'zh-CN', eastAsia: 'zh-CN' } } } },
      paragraphStyles: styles,
    },
    sections: [
      {
        properties: {
          // 28 × 22 grid (GB/T 9704): Word and WPS show it as 文档网格「指定行和字符网格」. charSpace is
          // the pitch minus the Normal style's size, in 1/4096 pt.
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: tw(BODY_LINE), charSpace: Math.round(GRID_SPACING * 4096) },
          page: {
            size: { width: tw(PAGE.width), height: tw(PAGE.height) },
            margin: {
              top: tw(PAGE.margin.top),
              bottom: tw(PAGE.margin.bottom),
              left: tw(PAGE.margin.left),
              right: tw(PAGE.margin.right),
              footer: tw(footerBottom),
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
  const bytes = new Uint8Array(await Packer.toArrayBuffer(docxDocument(model, opts)));
  return finishDocx(bytes, { fontNames: Object.values(opts.fontNames), normalHalfPoints: hp(SIZE.body) });
}
