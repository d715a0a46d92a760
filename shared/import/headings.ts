/**
 * Where the six sections start, and the report's title. Headings come with or without their number
 * (「主动公开政府信息情况」), in the wordings of docs/format.md §2, behind Markdown marks, or misnumbered
 * (「七、其他需要报告的事项」); a table row that begins with 「四、」 is not a heading.
 */
import { SECTIONS, type SectionDef, type SectionId } from '../schema/sections.ts';
import { labelCore } from './labels.ts';

export interface HeadingMark {
  id: SectionId;
  block: number;
  /** The heading as printed. */
  text: string;
  /** Set when the printed number differs from the statutory one. */
  ordinal?: string;
  /** Other heading lines that belong to this one and are not prose (a regional layout's umbrella heading). */
  skip?: number[];
}

const ORDINAL = /^(?:第([一二三四五六七八九十])部分|([一二三四五六七八九十])\s*[、.．,，]|([1-9])\s*[、.．])\s*/;
const ARABIC = '0123456789';
/** Words that are enough to tell a numbered heading's section, for the wordings not in the schema. */
const KEYWORDS: Record<SectionId, readonly string[]> = {
  overview: ['总体情况'],
  proactive: ['主动公开政府信息', '主动公开情况'],
  applications: ['收到和处理政府信息公开申请', '依申请公开政府信息情况', '收到和处理政府信息公开申请情况'],
  review: ['行政复议'],
  problems: ['存在的主要问题'],
  other: ['其他需要报告的事项', '其他需要报告事项'],
};

export function stripMarkdown(line: string): string {
  return line.replace(/^\s*#{1,6}\s*/, '').replace(/^\*\*(.*)\*\*$/, '$1').trim();
}

function titles(s: SectionDef): string[] {
  return [s.title, ...s.variants].map(labelCore);
}

/** The section a line is the heading of, if it is one. */
export function headingOf(line: string): { def: SectionDef; ordinal?: string } | null {
  const text = stripMarkdown(line);
  if (!text || text.includes('\t') || text.length > 40) return null;
  const m = ORDINAL.exec(text);
  // 「（五）其他需要报告的事项」 is a sub-heading wherever it stands.
  if (!m && /^[（(\d]/.test(text)) return null;
  const rest = labelCore(m ? text.slice(m[0].length) : text);
  if (!rest || /\d/.test(rest)) return null;
  for (const def of SECTIONS) {
    const exact = titles(def).includes(rest);
    const byWords = m && KEYWORDS[def.id].some((k) => rest.includes(k)) && rest.length <= 24;
    const reviewOk = def.id !== 'review' || rest.includes('诉讼');
    if ((exact || byWords) && reviewOk) {
      const printed = m ? (m[1] ?? m[2] ?? (m[3] ? '一二三四五六七八九'[ARABIC.indexOf(m[3]) - 1] : undefined)) : undefined;
      return printed && printed !== def.ordinal ? { def, ordinal: printed } : { def };
    }
  }
  return null;
}

/** Section headings in reading order: each section once, in statutory order. */
export function findHeadings(lines: readonly (string | null)[]): HeadingMark[] {
  const marks: HeadingMark[] = [];
  let after = -1;
  lines.forEach((line, block) => {
    if (line === null) return;
    const h = headingOf(line);
    if (!h) return;
    const index = SECTIONS.indexOf(h.def);
    if (index <= after) return;
    after = index;
    marks.push({ id: h.def.id, block, text: stripMarkdown(line), ...(h.ordinal ? { ordinal: h.ordinal } : {}) });
  });
  return withTableCaptions(lines, marks);
}

const BRACKET_ORDINAL = /^[（(]([一二三四五六七八九十])[）)]\s*/;
const TABLE_SECTIONS: readonly SectionId[] = ['proactive', 'applications', 'review'];
/** A short numbered line with no sentence in it: 「二、政府信息公开情况统计」. */
const UMBRELLA = /^[一二三四五六七八九十][、.．]\s*[^。，；：:]{2,20}$/;

/**
 * Regional layouts number the three tables 一/二/三 under one heading of their own (「二、政府信息公开情况统计」
 * then 「（一）主动公开政府信息情况」…, and the sections after renumbered, so there is no 五). Only where the
 * usual heading is missing, a bracketed line that is exactly a table section's title starts that section;
 * the umbrella heading before the first of them is a heading too, not prose.
 */
function withTableCaptions(lines: readonly (string | null)[], marks: HeadingMark[]): HeadingMark[] {
  const out = [...marks];
  for (const id of TABLE_SECTIONS) {
    if (out.some((m) => m.id === id)) continue;
    const def = SECTIONS.find((s) => s.id === id)!;
    const order = SECTIONS.indexOf(def);
    const before = out.filter((m) => SECTIONS.findIndex((s) => s.id === m.id) < order).at(-1);
    const next = out.find((m) => SECTIONS.findIndex((s) => s.id === m.id) > order);
    for (let block = (before?.block ?? -1) + 1; block < (next?.block ?? lines.length); block++) {
      const text = stripMarkdown(lines[block] ?? '');
      const m = BRACKET_ORDINAL.exec(text);
      if (!m || !titles(def).includes(labelCore(text.slice(m[0].length)))) continue;
      const mark: HeadingMark = { id, block, text, ordinal: m[1]! };
      const umbrella = previousLine(lines, block);
      if (umbrella >= 0 && (before?.block ?? -1) < umbrella && UMBRELLA.test(stripMarkdown(lines[umbrella]!)) && !headingOf(lines[umbrella]!)) {
        mark.skip = [umbrella];
      }
      out.splice(next ? out.indexOf(next) : out.length, 0, mark);
      break;
    }
  }
  return out;
}

function previousLine(lines: readonly (string | null)[], block: number): number {
  for (let i = block - 1; i >= 0; i--) if (lines[i]?.trim()) return i;
  return -1;
}
