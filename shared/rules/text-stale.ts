/**
 * Text left from last year (docs/format.md §4.13): the data period of another year, plans
 * written for this year, 「结转至」 the wrong year, and sentences copied unchanged from last year's report.
 */
import type { LastYearBase, Paragraph } from '../report/model.ts';
import { PERIOD } from '../report/rollover.ts';
import type { Finding, Rule, TextEdit, TextFix } from './finding.ts';
import { paragraphs, sentences, textFinding, type PlacedParagraph } from './prose.ts';

/** Edits that put `year` in place of every 4-digit year inside match `m` (offset `base` in the paragraph). */
function yearEdits(m: RegExpMatchArray, base: number, year: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const y of m[0].matchAll(/\d{4}/g)) {
    if (Number(y[0]) === year) continue;
    const start = base + m.index! + y.index!;
    edits.push({ start, end: start + 4, text: String(year) });
  }
  return edits;
}

export const sentenceKey = (s: string) => s.replace(/\s+/g, '').replace(/[。！？；]$/, '');
export const MIN_COPIED = 12;

const lastSentences = new WeakMap<LastYearBase, Set<string>>();
export function lastYearSentences(last: LastYearBase): Set<string> | null {
  if (!last.paragraphs?.length) return null;
  let set = lastSentences.get(last);
  if (!set) {
    set = new Set();
    for (const p of last.paragraphs) for (const s of sentences(p)) set.add(sentenceKey(s.text));
    lastSentences.set(last, set);
  }
  return set;
}

interface StaleScan {
  year: number;
  last: Set<string> | null;
  local: { message: string; fix?: TextFix }[];
  copied: string[];
  copiedChars: number;
  chars: number;
}

/** Kept per paragraph object (with the year and last year's prose it was read against). */
const scans = new WeakMap<Paragraph, StaleScan>();

function scan(text: string, year: number, last: Set<string> | null): Omit<StaleScan, 'year' | 'last'> {
  const local: StaleScan['local'] = [];
  for (const m of text.matchAll(PERIOD)) {
    const edits = yearEdits(m, 0, year);
    if (edits.length) local.push({ message: `统计期限“${m[0]}”不是本报告的年度 ${year} 年`, fix: { label: `改为 ${year} 年`, edits } });
  }
  const plan = new RegExp(`${year}\\s*年[，,]?\\s*(?:我|本)[^，。；\\d]{0,8}?(?:将|计划|拟)`, 'g');
  for (const m of text.matchAll(plan)) {
    local.push({
      message: `“${m[0]}……”像是上年报告写的本年计划：${year}年报告的计划应写 ${year + 1} 年`,
      fix: { label: `改为 ${year + 1} 年`, edits: yearEdits(m, 0, year + 1) },
    });
  }
  for (const m of text.matchAll(/(?:结转|转结|转入)(?:至|到)?\s*(\d{4})\s*年/g)) {
    if (Number(m[1]) === year + 1) continue;
    local.push({
      message: `“${m[0]}”：${year}年报告的申请应结转至 ${year + 1} 年`,
      fix: { label: `改为 ${year + 1} 年`, edits: yearEdits(m, 0, year + 1) },
    });
  }
  const copied: string[] = [];
  let copiedChars = 0;
  let chars = 0;
  if (last) {
    for (const s of sentences(text)) {
      const key = sentenceKey(s.text);
      chars += key.length;
      if (key.length < MIN_COPIED || !last.has(key)) continue;
      copied.push(s.text.trim());
      copiedChars += key.length;
    }
  }
  return { local, copied, copiedChars, chars };
}

function stale(p: Paragraph, year: number, last: Set<string> | null): StaleScan {
  const cached = scans.get(p);
  if (cached && cached.year === year && cached.last === last) return cached;
  const result = { year, last, ...scan(p.text, year, last) };
  scans.set(p, result);
  return result;
}

export const textStale: Rule = {
  id: 'text-stale',
  severity: 'warning',
  title: '正文不留上年的内容：统计期限的年份、上年写的本年计划、结转年份、与上年报告相同的句子',
  readsText: true,
  check({ report }) {
    const out: Finding[] = [];
    const last = report.lastYear ? lastYearSentences(report.lastYear) : null;
    let copiedChars = 0;
    let allChars = 0;
    let copiedCount = 0;
    // Copied sentences: one finding per section (the clerk rewrites a section, not a sentence), on its
    // first such paragraph, naming every paragraph concerned.
    const bySection = new Map<string, { at: PlacedParagraph; indices: number[]; copied: string[] }>();
    for (const at of paragraphs(report)) {
      const r = stale(at.p, report.year, last);
      for (const f of r.local) out.push(textFinding(this, at, f.message, f.fix));
      allChars += r.chars;
      if (!r.copied.length) continue;
      copiedChars += r.copiedChars;
      copiedCount += r.copied.length;
      const group = bySection.get(at.section) ?? { at, indices: [], copied: [] };
      group.indices.push(at.index + 1);
      group.copied.push(...r.copied);
      bySection.set(at.section, group);
    }
    for (const { at, indices, copied } of bySection.values()) {
      const first = copied[0]!.length > 40 ? `${copied[0]!.slice(0, 40)}……` : copied[0]!;
      const where = indices.length > 1 ? `第 ${indices.join('、')} 段共` : '';
      const f = textFinding(this, at, `${where}有 ${copied.length} 句与上年报告完全相同，如“${first}”，请按本年情况改写`);
      if (indices.length > 1) f.message = f.message.replace(/第 \d+ 段：/, '：');
      out.push(f);
    }
    if (last && copiedChars > 0) {
      const share = Math.round((copiedChars / allChars) * 100);
      out.push({ rule: this.id, severity: this.severity, cells: [], message: `正文约 ${share}% 与上年报告相同（${copiedCount} 句未改动）` });
    }
    return out;
  },
};
