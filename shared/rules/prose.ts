/** Walking the prose for the text rules: paragraphs with their place, sentences, and finding builders. */
import type { Paragraph, Report } from '../report/model.ts';
import { SECTIONS, type SectionId } from '../schema/sections.ts';
import type { Finding, ParagraphRef, ProsePart, Rule, TextEdit } from './finding.ts';

export interface PlacedParagraph extends ParagraphRef {
  p: Paragraph;
  /** 「三、收到和处理政府信息公开申请情况 第 2 段」 */
  where: string;
}

export function placeName(section: ProsePart, index: number): string {
  const def = SECTIONS.find((s) => s.id === section);
  return def ? `第${def.ordinal}部分第 ${index + 1} 段` : `前言第 ${index + 1} 段`;
}

/**
 * The paragraphs of `report` the text checks read, in reading order: the preamble, then the six
 * sections. A standard sentence bound to the cells (report/sentences.ts) is left out: its numbers are
 * the tables' and its words the format's; unbound, it is read like any paragraph.
 */
export function* paragraphs(report: Report, only?: readonly SectionId[]): Generator<PlacedParagraph> {
  if (!only) {
    const pre = report.preamble ?? [];
    for (let index = 0; index < pre.length; index++) {
      if (pre[index]!.bound) continue;
      yield { section: 'preamble', index, p: pre[index]!, where: placeName('preamble', index) };
    }
  }
  for (const def of SECTIONS) {
    if (only && !only.includes(def.id)) continue;
    const list = report.sections[def.id]?.paragraphs ?? [];
    for (let index = 0; index < list.length; index++) {
      if (list[index]!.bound) continue;
      yield { section: def.id, index, p: list[index]!, where: placeName(def.id, index) };
    }
  }
}

/** A run of text with its offset in the paragraph. */
export interface Span {
  text: string;
  start: number;
}

const SENTENCE = /[^。！？；\n]+[。！？；]?/g;

/** Sentences of a paragraph (split at 。！？； and line breaks), with offsets, blank ones dropped. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(SENTENCE)) if (m[0].trim()) out.push({ text: m[0], start: m.index! });
  return out;
}

/** A text finding of `rule` about paragraph `at`, with an optional one-click fix. */
export function textFinding(
  rule: Pick<Rule, 'id' | 'severity'>,
  at: ParagraphRef,
  message: string,
  fix?: { label: string; edits: TextEdit[] },
  cells: string[] = [],
): Finding {
  const paragraph = { section: at.section, index: at.index };
  const f: Finding = { rule: rule.id, severity: rule.severity, cells, paragraph, message: `${placeName(at.section, at.index)}：${message}` };
  if (fix) f.fix = fix;
  return f;
}

/**
 * Findings that depend on nothing but the paragraph's own text are kept per paragraph object: an edit
 * replaces only the paragraph typed into, so the others are not read again.
 */
export function perParagraph(
  compute: (p: Paragraph) => Omit<Finding, 'paragraph'>[],
): (report: Report) => Finding[] {
  const cache = new WeakMap<Paragraph, Omit<Finding, 'paragraph'>[]>();
  return (report) => {
    const out: Finding[] = [];
    for (const at of paragraphs(report)) {
      let found = cache.get(at.p);
      if (!found) cache.set(at.p, (found = compute(at.p)));
      for (const f of found) {
        out.push({ ...f, paragraph: { section: at.section, index: at.index }, message: `${at.where}：${f.message}` });
      }
    }
    return out;
  };
}
