/**
 * Writing slips the reviewers send back (docs/format.md §4.16): a word typed twice, brackets or quotes left open, half-width
 * punctuation in Chinese, a paragraph without its closing 。, two numbering systems in one section,
 * sub-headings （一）（三） out of order.
 */
import type { Paragraph, Report } from '../report/model.ts';
import { SECTIONS, SUB_ORDINALS } from '../schema/sections.ts';
import type { Finding, Rule, TextEdit, TextFix } from './finding.ts';
import { perParagraph, textFinding } from './prose.ts';

const rule = { id: 'text-slips', severity: 'warning' as const };

/** 「的的」 and 「进一步进一步」; AABB words like 认认真真 are not repeats of a word. */
const REPEAT = /([的了和在是与及对将把])\1|(\p{Script=Han}{2,6})\2/gu;
const PAIRS: readonly [string, string][] = [
  ['（', '）'],
  ['(', ')'],
  ['“', '”'],
  ['‘', '’'],
  ['《', '》'],
  ['【', '】'],
  ['〔', '〕'],
];
const HALF = /(?<=\p{Script=Han})[,;:?!()]|[,;:?!()](?=\p{Script=Han})/gu;
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const ENDS = /[。！？…；：”」’）)》】]$/;

function slips(p: Paragraph): Omit<Finding, 'paragraph'>[] {
  const text = p.text;
  const out: Omit<Finding, 'paragraph'>[] = [];
  const add = (message: string, fix?: Finding['fix']) => out.push({ rule: rule.id, severity: rule.severity, cells: [], message, ...(fix ? { fix } : {}) });
  for (const m of text.matchAll(REPEAT)) {
    const word = m[1] ?? m[2]!;
    add(`“${m[0]}”重复了“${word}”`, { label: `改为“${word}”`, edits: [{ start: m.index!, end: m.index! + m[0].length, text: word }] });
  }
  for (const [open, close] of PAIRS) {
    const opened = text.split(open).length - 1;
    const closed = text.split(close).length - 1;
    if (opened !== closed) add(`“${open}”${opened} 个、“${close}”${closed} 个，括号或引号不成对`);
  }
  const half = [...text.matchAll(HALF)];
  // Half-width brackets around Latin text or numbers only are not Chinese punctuation slips.
  if (half.length) {
    const edits: TextEdit[] = half.map((m) => ({ start: m.index!, end: m.index! + 1, text: FULL[m[0]]! }));
    add(`中文句子中用了半角标点“${[...new Set(half.map((m) => m[0]))].join(' ')}”，应为全角`, { label: '改为全角标点', edits });
  }
  const trimmed = text.trimEnd();
  if (trimmed.length >= 20 && !ENDS.test(trimmed)) {
    add('段落末尾缺少句号“。”', { label: '补上“。”', edits: [{ start: trimmed.length, end: trimmed.length, text: '。' }] });
  }
  return out;
}

const paragraphSlips = perParagraph(slips);

const ORDINAL_VALUE = new Map<string, number>(SUB_ORDINALS.map((o, i) => [o, i + 1]));
const SUBHEADING = /^\s*（([一二三四五六七八九十])）/;
const YISHI = /[一二三四五六七八九十]是/;
const ARABIC = /^\s*\d+[.．、]\s*\D|^\s*（\d+）/;

/** Per section: 一是 beside 1. ; and （一）（二）… numbered in sequence. */
function sectionSlips(report: Report): Finding[] {
  const out: Finding[] = [];
  for (const def of SECTIONS) {
    const list = report.sections[def.id].paragraphs;
    let yishi = -1;
    let arabic = -1;
    let expected = 1;
    list.forEach((p, index) => {
      if (yishi < 0 && YISHI.test(p.text)) yishi = index;
      if (arabic < 0 && (ARABIC.test(p.text) || ARABIC.test(p.heading))) arabic = index;
      const field = SUBHEADING.test(p.heading) ? 'heading' : SUBHEADING.test(p.text) ? 'text' : null;
      if (!field) return;
      const m = SUBHEADING.exec(p[field])!;
      const n = ORDINAL_VALUE.get(m[1]!)!;
      if (n !== expected && n !== 1) {
        const want = SUB_ORDINALS[expected - 1]!;
        const start = m[0].indexOf('（') + 1;
        const fix: TextFix = { label: `改为（${want}）`, edits: [{ start, end: start + 1, text: want }] };
        if (field === 'heading') fix.field = 'heading';
        out.push(textFinding(rule, { section: def.id, index }, `小标题“（${m[1]}）”顺序不对，此处应为“（${want}）”`, fix));
      }
      expected = (n === 1 ? 1 : expected) + 1;
    });
    if (yishi >= 0 && arabic >= 0) {
      out.push(
        textFinding(rule, { section: def.id, index: Math.max(yishi, arabic) }, '同一部分中混用了“一是、二是”和“1. 2.”两种序号，请统一'),
      );
    }
  }
  return out;
}

export const textSlips: Rule = {
  ...rule,
  title: '文字差错：重复的词、括号引号不成对、半角标点、段末缺句号、序号混用、小标题序号不连续',
  readsText: true,
  check({ report }) {
    return [...paragraphSlips(report), ...sectionSlips(report)];
  },
};
