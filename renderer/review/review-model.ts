/**
 * What the review screen shows for each import flag and how the clerk's answers change the report.
 * Places are named from the schema (the cell's row and column labels, the section's heading), so the
 * screen says exactly what the exported report will say.
 */
import type { ImportFlag } from '../../shared/import/source.ts';
import { cellFromInput } from '../../shared/grid/input.ts';
import { getCell } from '../../shared/report/cells.ts';
import type { Paragraph, Report } from '../../shared/report/model.ts';
import { SECTIONS, UNIT_KINDS, cellDef, sectionHeading, type UnitKind } from '../../shared/schema/index.ts';
import { computedFlagged, fillSkippedTotals } from './computed-totals.ts';

const isUnitKind = (s: string): s is UnitKind => UNIT_KINDS.some((k) => k.id === s);

export const PREAMBLE_LABEL = '前言';

export interface ReviewItem {
  flag: ImportFlag;
  /** 「表三（一）予以公开 · 自然人」 or 「二、主动公开政府信息情况 · 第 3 段」. */
  place: string;
  kind: 'cell' | 'paragraph' | 'unitName' | 'unitKind' | 'report';
  /** The imported value as the clerk would type it: a cell's text or a paragraph's text. */
  imported: string;
  /** A cell's row (「表三（一）予以公开」) and column (「自然人」), for the review's rows of cells. */
  row?: string;
  column?: string;
}

type ParagraphRef = NonNullable<ImportFlag['paragraph']>;

function paragraphsOf(report: Report, section: ParagraphRef['section']): readonly Paragraph[] {
  if (section === 'preamble') return report.preamble;
  return report.sections[section]?.paragraphs ?? [];
}

function paragraphPlace(ref: ParagraphRef): string {
  const n = `第 ${ref.index + 1} 段`;
  if (ref.section === 'preamble') return `${PREAMBLE_LABEL} · ${n}`;
  const def = SECTIONS.find((s) => s.id === ref.section);
  return `${def ? sectionHeading(def) : ref.section} · ${n}`;
}

function paragraphText(p: Paragraph | undefined): string {
  return p ? p.text : '';
}

/**
 * The review's items: one per flag, except a blank 总计 — it is the sum of its parts, filled in once
 * they are answered (applyAnswers), never a number the clerk is asked to type.
 */
export function reviewItems(report: Report, flags: readonly ImportFlag[]): ReviewItem[] {
  const computed = computedFlagged(report, flags);
  return flags.filter((f) => !(f.cell && computed.has(f.cell))).map((flag): ReviewItem => {
    if (flag.cell) {
      const def = cellDef(flag.cell);
      const place = def?.label ?? flag.cell;
      const imported = getCell(report, flag.cell).raw;
      return def ? { flag, kind: 'cell', place, imported, row: def.row, column: def.column } : { flag, kind: 'cell', place, imported };
    }
    if (flag.field === 'unitName') return { flag, kind: 'unitName', place: '单位名称', imported: report.unit.name };
    if (flag.field === 'unitKind') return { flag, kind: 'unitKind', place: '单位类型', imported: report.unit.kind };
    if (flag.paragraph) {
      const p = paragraphsOf(report, flag.paragraph.section)[flag.paragraph.index];
      const heading = p?.heading ? `（${p.heading}）` : '';
      return { flag, kind: 'paragraph', place: `${paragraphPlace(flag.paragraph)}${heading}`, imported: paragraphText(p) };
    }
    // A flag about the whole document (e.g. the 2019 trial format): nothing to correct, only to read.
    return { flag, kind: 'report', place: '整份报告', imported: '' };
  });
}

/** The clerk's answer for one item: the corrected text, or undefined to keep what was imported. */
export type Answers = ReadonlyMap<number, string>;

function withParagraph(list: readonly Paragraph[], index: number, text: string): Paragraph[] {
  return list.map((p, i) => (i === index ? { ...p, text } : p));
}

/**
 * The report with the clerk's corrections, and no flags left: each one was looked at. Unchanged answers
 * leave the imported value exactly as it was (its raw text included); `flags`, the review's, tell which
 * 总计 cells were not asked (reviewItems) and are summed from their parts.
 */
export function applyAnswers(report: Report, items: readonly ReviewItem[], answers: Answers, flags: readonly ImportFlag[] = []): Report {
  let next: Report = { ...report, cells: { ...report.cells }, sections: { ...report.sections } };
  items.forEach((item, i) => {
    const answer = answers.get(i);
    if (answer === undefined || answer === item.imported) return;
    const { cell, paragraph } = item.flag;
    if (item.kind === 'unitName') next = { ...next, unit: { ...next.unit, name: answer.trim() } };
    else if (item.kind === 'unitKind' && isUnitKind(answer)) next = { ...next, unit: { ...next.unit, kind: answer } };
    else if (cell) next.cells[cell] = cellFromInput(cell, answer);
    else if (paragraph?.section === 'preamble') next = { ...next, preamble: withParagraph(next.preamble, paragraph.index, answer) };
    else if (paragraph) {
      const prose = next.sections[paragraph.section];
      next.sections[paragraph.section] = { ...prose, paragraphs: withParagraph(prose.paragraphs, paragraph.index, answer) };
    }
  });
  const { flags: _reviewed, ...meta } = next.meta;
  // The totals not asked about follow their answered parts.
  const computed = computedFlagged(report, flags);
  return { ...next, cells: fillSkippedTotals(computed, next.cells), meta };
}

/** Cells of one table row inside a step, with the source row's text they were read from. */
export interface ReviewRow {
  row: string;
  source: string | undefined;
  items: number[];
}

/**
 * The flags as the screen shows them: cell flags with the same reason next to each other (a row the
 * importer could not find, a column of blanks) form one step, seen and confirmed together, its cells
 * set out row by row, so a missing row costs the clerk one step, not seven. `items` are indices into
 * reviewItems' list.
 */
export interface ReviewGroup {
  items: number[];
  reason: string;
  /** The list's name for the step: its row (or its place), and how many cells. */
  title: string;
  /** A step of cells, row by row (empty for a paragraph or a header field). */
  rows: ReviewRow[];
}

function rowsOf(items: readonly ReviewItem[], idx: readonly number[]): ReviewRow[] {
  const rows: ReviewRow[] = [];
  for (const i of idx) {
    const item = items[i]!;
    const row = item.row ?? item.place;
    const last = rows.at(-1);
    if (last?.row === row) {
      last.items.push(i);
      last.source ??= item.flag.source;
    } else rows.push({ row, source: item.flag.source, items: [i] });
  }
  return rows;
}

function titleOf(items: readonly ReviewItem[], g: ReviewGroup): string {
  const n = g.items.length;
  if (!g.rows.length || n === 1) return items[g.items[0]!]!.place;
  if (g.rows.length === 1) return `${g.rows[0]!.row} · ${n} 格`;
  return `${g.rows[0]!.row} 等 ${g.rows.length} 行 ${n} 格`;
}

export function groupItems(items: readonly ReviewItem[]): ReviewGroup[] {
  const groups: ReviewGroup[] = [];
  items.forEach((item, i) => {
    const last = groups.at(-1);
    const prev = last ? items[last.items.at(-1)!] : undefined;
    if (last && prev && item.kind === 'cell' && prev.kind === 'cell' && item.flag.reason === last.reason) last.items.push(i);
    else groups.push({ items: [i], reason: item.flag.reason, title: item.place, rows: [] });
  });
  for (const g of groups) {
    if (items[g.items[0]!]!.kind === 'cell') g.rows = rowsOf(items, g.items);
    g.title = titleOf(items, g);
  }
  return groups;
}
