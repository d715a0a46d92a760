/**
 * A source document → a report: title (unit, year), opening paragraph, the six sections' prose split at
 * their headings, the three tables by row label, and a flag for everything uncertain.
 */
import { blankReport, defaultReportYear } from '../report/blank.ts';
import type { Paragraph, Report } from '../report/model.ts';
import { SECTIONS, type SectionId } from '../schema/sections.ts';
import type { UnitKind } from '../schema/units.ts';
import { unitKindLabel } from '../schema/units.ts';
import { tableFragments, textFragments, type Fragment } from './fragments.ts';
import { findHeadings, type HeadingMark } from './headings.ts';
import { findTitle } from './title.ts';
import { buildParagraphs, type SubheadingCount } from './prose.ts';
import type { ImportFlag, ImportResult, SourceBlock, SourceDocument } from './source.ts';
import { emptyTablesRead, readTable, type TableId, type TablesRead } from './tables.ts';
import { classifyTable, textAnchor } from './table-kind.ts';
import { fullerUnitName } from './unit-name.ts';
import { reassignSec3 } from './arith/reassign.ts';
import { settleByProse } from './arith/prose-settle.ts';
import { isPageChrome } from './page-chrome.ts';

const TABLE_SECTION: Record<TableId, SectionId> = { sec2: 'proactive', sec3: 'applications', sec4: 'review' };

/** Unit kind from the name; only a guess, and flagged as one. */
export function guessUnitKind(name: string): UnitKind {
  if (/(乡|镇|街道|办事处)(人民政府)?$/.test(name) || /街道|乡人民政府|镇人民政府/.test(name)) return 'township';
  if (/省人民政府|自治区人民政府|^[^市县区]*省/.test(name)) return 'province';
  if (/[县区旗]人民政府$|[县区]政府$|[县区旗]$/.test(name)) return 'countyGov';
  if (/市人民政府$|市$/.test(name)) return 'city';
  if (/[县区旗]/.test(name)) return 'countyDept';
  return 'other';
}

interface Range {
  from: number;
  to: number;
}

function sectionRanges(marks: HeadingMark[], end: number): Map<SectionId, Range> {
  const out = new Map<SectionId, Range>();
  marks.forEach((m, i) => out.set(m.id, { from: m.block + 1, to: marks[i + 1]?.block ?? end }));
  return out;
}

function readTables(doc: SourceDocument, ranges: Map<SectionId, Range>, bodyStart: number, read: TablesRead): Set<number> {
  const consumed = new Set<number>();
  const blocks = doc.blocks;
  const kinds = classifyTable(blocks);
  for (const id of ['sec2', 'sec3', 'sec4'] as TableId[]) {
    const tableBlocks = blocks.flatMap((b, i) => (b.kind === 'table' && kinds.get(i) === id ? [i] : []));
    if (tableBlocks.length) {
      const fragments: Fragment[] = tableBlocks.flatMap((i) => tableFragments((blocks[i] as Extract<SourceBlock, { kind: 'table' }>).rows, i));
      readTable(id, fragments, read);
      tableBlocks.forEach((i) => consumed.add(i));
      continue;
    }
    const range = ranges.get(TABLE_SECTION[id]) ?? { from: bodyStart, to: blocks.length };
    const lines: string[] = [];
    for (let i = range.from; i < range.to; i++) {
      const b = blocks[i]!;
      lines.push(b.kind === 'paragraph' && !consumed.has(i) ? b.text : '');
    }
    const anchor = textAnchor(id, lines);
    const fragments = anchor < 0 ? [] : textFragments(lines.slice(anchor), range.from + anchor);
    const last = readTable(id, fragments, read);
    if (last >= 0) for (let i = range.from + anchor; i <= fragments[last]!.end; i++) consumed.add(i);
  }
  return consumed;
}

function prose(doc: SourceDocument, range: Range, consumed: Set<number>) {
  const lines: string[] = [];
  for (let i = range.from; i < range.to; i++) {
    const b = doc.blocks[i]!;
    lines.push(b.kind === 'paragraph' && !consumed.has(i) ? b.text : '');
  }
  return buildParagraphs(lines, doc.format !== 'text');
}

/**
 * Characters that print nothing and only steer line breaking: our DOCX holds numbers together with
 * U+2060 (2025⁠年, 0517-⁠83605210), Word and web pages carry U+200B and U+FEFF.
 */
const INVISIBLE = /[\u200b\u2060\ufeff]/g;

function visible(b: SourceBlock): SourceBlock {
  if (b.kind === 'paragraph') return { ...b, text: b.text.replace(INVISIBLE, '') };
  return { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: c.text.replace(INVISIBLE, '') }))) };
}

/** The report without the website around it (metadata, buttons, breadcrumb, footer lines) and without invisible characters. */
function withoutPageChrome(doc: SourceDocument): SourceDocument {
  const blocks = doc.blocks.map(visible).filter((b) => b.kind !== 'paragraph' || !isPageChrome(b.text));
  return { ...doc, blocks };
}

export function importDocument(source: SourceDocument, opts: { now?: Date } = {}): ImportResult {
  const doc = withoutPageChrome(source);
  const lines = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : null));
  const marks = findHeadings(lines);
  const bodyStart = marks[0]?.block ?? doc.blocks.length;
  const title = findTitle(lines, bodyStart);
  const flags: ImportFlag[] = [];
  const year = title.year ?? defaultReportYear(opts.now) - 1;
  if (!title.unit) flags.push({ field: 'unitName', reason: '没有从标题中读到单位名称，请填写' });
  if (title.year === null) flags.push({ reason: `没有从标题中读到年度，已按${year}年导入，请在报告信息中核对` });
  else if (title.yearFrom === 'period') flags.push({ reason: `标题中没有年度，已按统计期限取${year}年，请在报告信息中核对` });
  const kind = guessUnitKind(title.unit);
  const report: Report = blankReport({ unit: title.unit, kind, year, now: opts.now });
  report.meta.origin = 'import';
  report.autoTotals = { sec3: false, sec4: false };

  const ranges = sectionRanges(marks, doc.blocks.length);
  const read = emptyTablesRead();
  const consumed = readTables(doc, ranges, bodyStart, read);
  reassignSec3(read.cells, read.flags, read.suspectSec3);
  for (const m of marks) for (const b of m.skip ?? []) consumed.add(b);

  const preambleStart = title.blocks.length ? Math.max(...title.blocks) + 1 : 0;
  const pre = prose(doc, { from: preambleStart, to: bodyStart }, consumed);
  report.preamble = pre.paragraphs.map((p) => ({ heading: '', text: p.heading ? `${p.heading}：${p.text}` : p.text }));
  pre.flags.forEach((reason, index) => flags.push({ paragraph: { section: 'preamble', index }, reason }));
  const fuller = fullerUnitName(title.unit, report.preamble.map((p) => p.text).join(''));
  if (fuller) {
    flags.push({
      field: 'unitName',
      reason: `标题中的单位名称为“${title.unit}”，开头段落写作“${fuller}”，已取较完整的“${fuller}”：请确认`,
      source: report.preamble.map((p) => p.text).join('\n'),
    });
    report.unit.name = fuller;
  }
  // After the name, which the clerk reads first and which the guess came from.
  flags.push({ field: 'unitKind', reason: `单位类型按名称推断为“${unitKindLabel(kind)}”，请确认` });

  const subheadings: SubheadingCount = { runIn: 0, ownLine: 0 };
  for (const s of SECTIONS) {
    const mark = marks.find((m) => m.id === s.id);
    const range = ranges.get(s.id);
    let paragraphs: Paragraph[] = [];
    if (range) {
      const r = prose(doc, range, consumed);
      paragraphs = r.paragraphs;
      subheadings.runIn += r.subheadings.runIn;
      subheadings.ownLine += r.subheadings.ownLine;
      r.flags.forEach((reason, index) => flags.push({ paragraph: { section: s.id, index }, reason }));
    }
    if (!paragraphs.length) paragraphs = [{ heading: '', text: '' }];
    report.sections[s.id] = { paragraphs };
    const heading = `${s.ordinal}、${s.title}`;
    if (!mark) {
      flags.push({ paragraph: { section: s.id, index: 0 }, reason: `原文没有找到“${heading}”这一部分的标题，这一部分的正文可能并入了上一部分，请核对` });
    } else if (mark.ordinal) {
      flags.push({ paragraph: { section: s.id, index: 0 }, reason: `原文标题为“${mark.text}”，编号与标准格式不同，已按“${heading}”导入`, source: mark.text });
    }
  }

  // Sub-headings print as the source had them (most of them, where it mixed the two).
  if (subheadings.runIn + subheadings.ownLine) report.layout = { subheadings: subheadings.runIn > subheadings.ownLine ? 'runIn' : 'ownLine' };
  report.cells = read.cells;
  settleByProse(report, read.ambiguous, read.flags);
  if (read.legacyFormat2019) report.meta.legacyFormat2019 = true;
  const cellFlags = read.flags.filter((f): f is ImportFlag & { cell: string } => f.cell !== undefined);
  if (cellFlags.length) report.meta.flags = cellFlags.map((f) => ({ cell: f.cell, reason: f.reason }));
  return { report, flags: [...flags, ...read.flags], format: doc.format };
}
