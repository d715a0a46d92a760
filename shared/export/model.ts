/**
 * Report + schema → the document both renderers draw: title block, headings, paragraphs, the three
 * statutory tables with their merges. Nothing here knows about DOCX or PDF.
 */
import { getCell, parsedCell } from '../report/cells.ts';
import type { Report } from '../report/model.ts';
import { withTotalsApplied } from '../report/totals.ts';
import { withBoundText } from '../report/sentences.ts';
import { SECTIONS, TABLES, sectionHeading, type TableId } from '../schema/index.ts';
import { spannedGrid } from '../schema/spans.ts';
import { formatNumber, normalizeNumberText } from '../values/parse.ts';
import { xmlSafe, type Unprintable } from './glyphs.ts';
import { clerkTitleLines, unitLines } from './title.ts';

export interface DocCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  align: 'left' | 'center';
  /** Printed top to bottom (三、本年度办理结果). */
  vertical: boolean;
  /** A value cell (a number), as opposed to a label. */
  isValue: boolean;
}

export interface DocTable {
  id: TableId;
  /** Leading rows that repeat on a new page. */
  headerRows: number;
  /** Origin cells only, row by row; a cell covered by a merge above or to the left is absent. */
  rows: DocCell[][];
  columns: number;
}

export type Block =
  | { type: 'heading'; text: string; where: string }
  | { type: 'subheading'; text: string; where: string }
  /** `lead`: a sub-heading run in to the paragraph (「（一）主动公开情况。」), printed in the sub-heading's font before the text. */
  | { type: 'paragraph'; text: string; where: string; lead?: string }
  | { type: 'table'; table: DocTable };

export interface DocModel {
  /** Title lines: unit name, then 「YYYY年政府信息公开工作年度报告」. */
  title: string[];
  blocks: Block[];
  /** Plain-text document title for file metadata. */
  documentTitle: string;
  /** Characters removed because no DOCX may hold them (XML-illegal), with where they stood. */
  removed: Unprintable[];
  /** 表格不跨页: tables are kept whole even when that leaves a page more than half empty. */
  tablesWhole: boolean;
}

/** What an exported value cell shows: the number as typed; blank only when the clerk did not confirm zeros. */
export function cellText(report: Pick<Report, 'cells' | 'confirmedZero'>, address: string): string {
  const p = parsedCell(report, address);
  if (p.state === 'empty') return report.confirmedZero ? '0' : '';
  // Full-width digits and thousands separators print as plain numbers; anything else as typed.
  return p.state === 'number' ? printedNumber(getCell(report, address).raw, p.value) : getCell(report, address).raw.trim();
}

/**
 * A number as its normalised digits (「９９９９９９９９９９９９９９９９９９９９」 → 99999999999999999999, 「1,286」 →
 * 1286, 「007」 → 7): printing the parsed float would round past 2^53 (1e20 for twenty 9s).
 */
export function printedNumber(raw: string, value: number): string {
  const m = /^\+?0*(\d+?)(\.\d+)?$/.exec(normalizeNumberText(raw.trim()));
  return m ? `${m[1]}${m[2] ?? ''}` : formatNumber(value);
}

function buildTable(id: TableId, report: Pick<Report, 'cells' | 'confirmedZero'>, removed: Unprintable[]): DocTable {
  const def = TABLES[id];
  let headerRows = 0;
  while (def.rows[headerRows] && def.rows[headerRows]!.kind !== 'data') headerRows++;
  const rows = def.rows.map((row) =>
    row.cells.map((cell): DocCell =>
      cell.type === 'label'
        ? {
            text: cell.text,
            rowSpan: cell.rowSpan,
            colSpan: cell.colSpan,
            // Table 三's long row labels read left-aligned like the published tables; the rest is centred.
            align: id === 'sec3' && row.kind === 'data' && !cell.vertical && cell.rowSpan === 1 ? 'left' : 'center',
            vertical: cell.vertical ?? false,
            isValue: false,
          }
        : {
            text: xmlSafe(cellText(report, cell.address), `${def.name} ${cell.address}`, removed),
            rowSpan: 1,
            colSpan: cell.colSpan,
            align: 'center',
            vertical: false,
            isValue: true,
          },
    ),
  );
  return { id, headerRows, rows, columns: def.columns };
}

/** A run-in sub-heading ends like a sentence (「（一）主动公开情况。」) so the text after it reads on. */
export function runInLead(heading: string): string {
  return /[。：:！？.!?；;，,]$/.test(heading) ? heading : `${heading}。`;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function buildDocModel(report: Report): DocModel {
  // Totals are printed as the editor shows them (computed when the table is automatic), bound sentences
  // with the numbers of the cells.
  const printed = withBoundText(withTotalsApplied(report));
  const titleLine = `${report.year}年政府信息公开工作年度报告`;
  const blocks: Block[] = [];
  const removed: Unprintable[] = [];
  const runIn = report.layout?.subheadings === 'runIn';
  const text = (type: 'heading' | 'subheading' | 'paragraph', t: string, where: string) =>
    blocks.push({ type, text: xmlSafe(t, where, removed), where });
  // The opening paragraph stands between the title and 一, without a heading of its own.
  let n = 0;
  for (const p of report.preamble ?? []) for (const t of paragraphs(p.text)) text('paragraph', t, `前言第${++n}段`);
  for (const s of SECTIONS) {
    const heading = sectionHeading(s);
    text('heading', heading, heading);
    n = 0;
    for (const p of printed.sections[s.id]?.paragraphs ?? []) {
      const body = paragraphs(p.text);
      const sub = p.heading.trim();
      // A sub-heading the clerk left without text is a placeholder of a new report: not printed.
      if (sub && body.length && !runIn) text('subheading', sub, `${heading} ${sub}`);
      body.forEach((t, i) => {
        text('paragraph', t, `${heading} 第${++n}段`);
        if (runIn && sub && i === 0) (blocks[blocks.length - 1] as { lead?: string }).lead = xmlSafe(runInLead(sub), `${heading} ${sub}`, removed);
      });
    }
    if (s.table) blocks.push({ type: 'table', table: buildTable(s.table, printed, removed) });
  }
  const unit = xmlSafe(report.unit.name.trim(), '单位名称', removed);
  return {
    title: unit ? [...(clerkTitleLines(unit, report.layout?.titleBreaks) ?? unitLines(unit, undefined, titleLine)), titleLine] : [titleLine],
    blocks,
    documentTitle: `${unit.replace(/\s+/g, '')}${titleLine}`,
    removed,
    tablesWhole: report.layout?.tablesWhole ?? false,
  };
}

/** Every cell position a DocTable covers, for renderers that need the full grid (pdfmake). */
export function coveredGrid(table: DocTable): (DocCell | null)[][] {
  return spannedGrid(table.rows, table.columns, `table ${table.id}`);
}
