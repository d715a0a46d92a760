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

const isUnitKind = (s: string): s is UnitKind => UNIT_KINDS.some((k) => k.id === s);

export const PREAMBLE_LABEL = '前言';

export interface ReviewItem {
  flag: ImportFlag;
  /** 「表三（一）予以公开 · 自然人」 or 「二、主动公开政府信息情况 · 第 3 段」. */
  place: string;
  kind: 'cell' | 'paragraph' | 'unitName' | 'unitKind' | 'report';
  /** The imported value as the clerk would type it: a cell's text or a paragraph's text. */
  imported: string;
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

export function reviewItems(report: Report, flags: readonly ImportFlag[]): ReviewItem[] {
  return flags.map((flag) => {
    if (flag.cell) {
      return { flag, kind: 'cell', place: cellDef(flag.cell)?.label ?? flag.cell, imported: getCell(report, flag.cell).raw };
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
 * leave the imported value exactly as it was (its raw text included).
 */
export function applyAnswers(report: Report, items: readonly ReviewItem[], answers: Answers): Report {
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
  return { ...next, meta };
}

/**
 * The flags as the screen shows them: cell flags with the same reason next to each other (a row the
 * importer could not find, a column of blanks) form one group, seen and confirmed together, so a
 * missing row costs the clerk one step, not seven. `items` are indices into reviewItems' list.
 */
export interface ReviewGroup {
  items: number[];
  reason: string;
  /** The list's name for the group: its first place, and how many more. */
  title: string;
}

export function groupItems(items: readonly ReviewItem[]): ReviewGroup[] {
  const groups: ReviewGroup[] = [];
  items.forEach((item, i) => {
    const last = groups.at(-1);
    const prev = last ? items[last.items.at(-1)!] : undefined;
    if (last && prev && item.kind === 'cell' && prev.kind === 'cell' && item.flag.reason === last.reason) last.items.push(i);
    else groups.push({ items: [i], reason: item.flag.reason, title: item.place });
  });
  for (const g of groups) if (g.items.length > 1) g.title = `${g.title} 等 ${g.items.length} 格`;
  return groups;
}
