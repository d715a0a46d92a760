/**
 * 查找/替换 and 字数 over the report's words: the unit name and every paragraph's sub-heading and
 * text, in the order the report prints them. Pure: the editor applies a replacement as one change,
 * so one undo takes back a whole 全部替换.
 */
import { SECTIONS, type SectionId } from '../schema/sections.ts';
import type { Paragraph, Report } from './model.ts';

export type TextField =
  | { kind: 'unit' }
  /** The opening paragraphs above section 一 ('preamble') or a section's. */
  | { kind: 'paragraph'; section: SectionId | 'preamble'; index: number; part: 'heading' | 'text' };

export interface TextMatch {
  field: TextField;
  start: number;
  end: number;
}

/** Every text field with its current value, in reading order. */
export function textFields(report: Report): { field: TextField; value: string }[] {
  const out: { field: TextField; value: string }[] = [{ field: { kind: 'unit' }, value: report.unit.name }];
  const add = (section: SectionId | 'preamble', paragraphs: readonly Paragraph[]) =>
    paragraphs.forEach((p, index) => {
      out.push({ field: { kind: 'paragraph', section, index, part: 'heading' }, value: p.heading });
      // A bound sentence's text is written from the cells: nothing to find and replace in it.
      if (!p.bound) out.push({ field: { kind: 'paragraph', section, index, part: 'text' }, value: p.text });
    });
  add('preamble', report.preamble);
  for (const s of SECTIONS) add(s.id, report.sections[s.id].paragraphs);
  return out;
}

export function fieldKey(f: TextField): string {
  return f.kind === 'unit' ? 'unit' : `${f.section}.${f.index}.${f.part}`;
}

/**
 * Where `query` occurs in one field's text, not overlapping, Latin letters matched without regard to
 * case: the find bar counts with it and each field marks its matches with it, so both agree.
 */
export function matchesIn(value: string, query: string): { start: number; end: number }[] {
  if (!query) return [];
  const q = query.toLowerCase();
  const v = value.toLowerCase();
  const out: { start: number; end: number }[] = [];
  for (let i = v.indexOf(q); i >= 0; i = v.indexOf(q, i + q.length)) out.push({ start: i, end: i + q.length });
  return out;
}

/** Every occurrence of `query` in the report, in reading order. */
export function findMatches(report: Report, query: string): TextMatch[] {
  if (!query) return [];
  const out: TextMatch[] = [];
  for (const { field, value } of textFields(report)) for (const m of matchesIn(value, query)) out.push({ field, ...m });
  return out;
}

function withField(report: Report, field: TextField, map: (value: string) => string): Report {
  if (field.kind === 'unit') return { ...report, unit: { ...report.unit, name: map(report.unit.name) } };
  const edit = (ps: readonly Paragraph[]) => ps.map((p, i) => (i === field.index ? { ...p, [field.part]: map(p[field.part]) } : p));
  if (field.section === 'preamble') return { ...report, preamble: edit(report.preamble) };
  const prose = report.sections[field.section];
  return { ...report, sections: { ...report.sections, [field.section]: { ...prose, paragraphs: edit(prose.paragraphs) } } };
}

/** Replaces one match (still where it was found); the report unchanged when the text moved meanwhile. */
export function replaceMatch(report: Report, m: TextMatch, query: string, replacement: string): Report {
  return withField(report, m.field, (v) =>
    v.slice(m.start, m.end).toLowerCase() === query.toLowerCase() ? v.slice(0, m.start) + replacement + v.slice(m.end) : v,
  );
}

/** 全部替换: every match in one new report, and how many there were. */
export function replaceAll(report: Report, query: string, replacement: string): { report: Report; count: number } {
  const matches = findMatches(report, query);
  let next = report;
  // From the end, so the positions of the earlier matches in the same field stay right.
  for (const m of [...matches].reverse()) next = replaceMatch(next, m, query, replacement);
  return { report: next, count: matches.length };
}

/** 字数 as a clerk's city counts it for a cap like 「总体情况不超过 1000 字」: every character but spaces. */
export function charCount(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}

function paragraphsCharCount(ps: readonly Paragraph[]): number {
  return ps.reduce((n, p) => n + charCount(p.heading) + charCount(p.text), 0);
}

export function sectionCharCount(report: Report, section: SectionId): number {
  return paragraphsCharCount(report.sections[section].paragraphs);
}

/** The whole report's prose: the opening paragraphs and the six sections. */
export function totalCharCount(report: Report): number {
  return SECTIONS.reduce((n, s) => n + sectionCharCount(report, s.id), paragraphsCharCount(report.preamble));
}
