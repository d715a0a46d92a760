/**
 * Table text in any layout → fragments: runs of cells that belong together (a table row, a text line).
 * The matcher reads fragments in order and maps them to the schema by label, so a fragment need not be a
 * whole row: a wrapped label or a line holding only the last number is a fragment too.
 */
import type { SourceCell } from './source.ts';
import { classifyCell, type CellToken } from './cell-text.ts';

export interface Fragment {
  tokens: CellToken[];
  /** Index of the source block (text line or table) the fragment came from. */
  block: number;
  /** Index of its last block (a cell-per-line row spans several lines). */
  end: number;
  /** The fragment's own text, for the clerk to compare on the review screen. */
  source: string;
}

const MD_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

function cellsOf(texts: string[], block: number, structured: boolean, source: string, end = block): Fragment {
  return { tokens: texts.flatMap((t) => classifyCell(t, { structured })), block, end, source };
}

/** A Markdown table row `| a | b |` → its cell texts. */
function markdownCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|');
}

/** Splits a text line into cells: tabs, Markdown pipes, or runs of spaces (pdftotext -layout, pasted PDF text). */
export function lineCells(line: string): string[] {
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.length > 1) return markdownCells(trimmed);
  if (line.includes('\t')) {
    // A tab-only line is one empty cell of the one-cell-per-line layout.
    const parts = line.split('\t');
    return line.trim() === '' ? [''] : parts[0]!.trim() === '' && parts.length === 2 ? [parts[1]!] : parts;
  }
  return trimmed.split(/[ \u3000\u00a0]+/).filter((t) => t !== '');
}

/**
 * The layout where every cell is a line of its own and rows are separated by blank lines (the text of a
 * web page's table): most non-blank lines start with a tab and hold one cell.
 */
function isCellPerLine(lines: string[]): boolean {
  const nonBlank = lines.filter((l) => l.trim() !== '' || l.includes('\t'));
  if (nonBlank.length < 8) return false;
  const single = nonBlank.filter((l) => l.startsWith('\t') && l.split('\t').length === 2).length;
  return single / nonBlank.length > 0.6;
}

/**
 * A page's text where a row's digits run into the next row's item number (「1.本机关不掌握相关政府信息
 * 10000012.没有现成信息需要另行制作 0000000」): the line cut before each item number. Items are numbered 1 to
 * 8 within a group, so the number is the last digit before the point. A crawler that lost the rows as well
 * prints a whole table as one line of labels and digits (「规章0097行政规范性文件709186…」): such a line, with
 * no space and no sentence end, is cut wherever digits give way to a label.
 */
const ITEM_AFTER_DIGITS = /(\d)([1-8][.．、](?=[\u4e00-\u9fff]))/g;
const LABEL_AFTER_DIGITS = /(\d)(?=[\u4e00-\u9fff（(])/g;
const RUN_TOGETHER_MIN = 3;
/** A column heading of table 二 run into the first row's label (「现行有效件数规章000」). */
const HEADING_BEFORE_LABEL = /(件数|数量|（单位：万元）)(?=[\u4e00-\u9fff])/g;

export function rowsRunTogether(line: string): string[] {
  const bare = !/[\s|。]/.test(line.trim());
  if (bare && (line.match(LABEL_AFTER_DIGITS)?.length ?? 0) >= RUN_TOGETHER_MIN) {
    return line.trim().replace(ITEM_AFTER_DIGITS, '$1\n$2').replace(LABEL_AFTER_DIGITS, '$1\n').replace(HEADING_BEFORE_LABEL, '$1\n').split('\n');
  }
  if (!/\d[1-8][.．、][\u4e00-\u9fff]/.test(line)) return [line];
  return line.replace(ITEM_AFTER_DIGITS, '$1\n$2').split('\n');
}

/** Fragments of text lines (`lines[i]` is block `first + i`); blank lines end a row in the cell-per-line layout. */
export function textFragments(lines: string[], first: number): Fragment[] {
  const out: Fragment[] = [];
  if (isCellPerLine(lines)) {
    let cells: string[] = [];
    let start = first;
    let end = first;
    let source: string[] = [];
    const flush = () => {
      if (cells.length) out.push(cellsOf(cells, start, false, source.join('\n'), end));
      cells = [];
      source = [];
    };
    lines.forEach((line, i) => {
      if (line.trim() === '' && !line.includes('\t')) return flush();
      if (!cells.length) start = first + i;
      // A line without a leading tab continues the cell above (「商业」/「企业」).
      if (!line.startsWith('\t') && cells.length && line.trim() !== '') cells[cells.length - 1] += line.trim();
      else cells.push(line.replace(/^\t/, '').trim());
      source.push(line);
      end = first + i;
    });
    flush();
    return out;
  }
  lines.forEach((line, i) => {
    if (line.trim() === '' || MD_SEPARATOR.test(line.trim())) return;
    for (const part of rowsRunTogether(line)) out.push(cellsOf(lineCells(part), first + i, false, line));
  });
  return out;
}

/** Fragments of a structured table (HTML, DOCX, PDF lattice): one per row; empty cells are real blanks. */
export function tableFragments(rows: SourceCell[][], block: number): Fragment[] {
  return rows
    .filter((r) => r.length)
    .map((r) =>
      cellsOf(
        r.map((c) => c.text.replace(/\s*\n\s*/g, '')),
        block,
        true,
        r.map((c) => c.text.replace(/\n/g, '')).join(' | '),
      ),
    );
}
