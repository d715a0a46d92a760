/**
 * The standard sentences of sections 二, 三 and 四 whose numbers are bound to the table cells
 * (docs/format.md §4.12): the prose then cannot contradict the tables. A bound paragraph stores only
 * which sentence it is (`Paragraph.bound`); its text is written from the cells by `withBoundText`
 * after every change, so the file, the exports and every reader of `text` see the current numbers.
 * Unbound, it is plain prose again and the text checks read it like any other paragraph.
 *
 * The words around the numbers are taken from the schema's labels, and the sentences are worded so
 * that the text checks (rules/text-numbers.ts) read every number back to its cells.
 */
import {
  SEC2_ITEMS,
  SEC3_ROWS,
  SEC3_TOTAL_COL,
  SEC4_GROUPS,
  SEC4_OUTCOMES,
  SEC4_TOTAL_OFFSET,
  sec2Address,
  sec3Address,
  sec4Address,
  type Sec2Field,
  type Sec2RowKey,
  type Sec3RowKey,
  type SectionId,
} from '../schema/index.ts';
import { formatNumber } from '../values/parse.ts';
import { numberOf } from './cells.ts';
import type { Paragraph, Report } from './model.ts';
import { withTotalsApplied } from './totals.ts';
import type { SentenceId } from './sentence-ids.ts';

export { SENTENCE_IDS, type SentenceId } from './sentence-ids.ts';

/** A run of the sentence: words, or a number with the cells it is the sum of. */
export type SentencePart = string | { value: string; cells: string[] };

export interface SentenceDef {
  id: SentenceId;
  section: SectionId;
  /** What the 插入标准语句 button calls it. */
  name: string;
  parts(report: Pick<Report, 'cells'>): SentencePart[];
}

const num = (report: Pick<Report, 'cells'>, cells: string[]): SentencePart => ({
  value: formatNumber(Number(formatNumber(cells.reduce((sum, a) => sum + numberOf(report, a), 0)))),
  cells,
});

/** 「（三）不予公开」「一、本年新收政府信息公开申请数量」 → 「不予公开」「本年新收」: the words the prose uses. */
const bare = (label: string) => label.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, '').replace(/政府信息公开申请数量$/, '');

const sec2Item = (key: Sec2RowKey) => SEC2_ITEMS.find((i) => i.rows.some((r) => r.key === key))!;
const sec2Label = (key: Sec2RowKey) => sec2Item(key).rows.find((r) => r.key === key)!.label;
/** 「本年制发件数」 → 「制发」. */
const sec2Verb = (field: Sec2Field) => {
  const item = SEC2_ITEMS.find((i) => i.fields?.includes(field))!;
  return item.columns[item.fields!.indexOf(field)]!.replace(/^本年/, '').replace(/件数$/, '');
};
/** 「本年收费金额（单位：万元）」 → 「万元」. */
const feeUnit = () => /单位：([^）)]+)/.exec(sec2Item('fees').columns[0]!)?.[1] ?? '';

const sec3Row = (key: Sec3RowKey) => SEC3_ROWS.find((r) => r.key === key)!;
const sec3 = (key: Sec3RowKey) => sec3Address(key, SEC3_TOTAL_COL);

/** The result rows by their group: 予以公开, 部分公开, 不予公开 (8 rows) … 其他处理 (3 rows). */
function resultGroups(): { name: string; cells: string[] }[] {
  const out: { name: string; cells: string[] }[] = [];
  for (const r of SEC3_ROWS) {
    if (!r.result || r.key === 'total') continue;
    // 「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」: the explanation is not part of the name.
    const name = bare(r.group ?? r.label).replace(/（.*）$/, '');
    const last = out[out.length - 1];
    if (last?.name === name) last.cells.push(sec3(r.key));
    else out.push({ name, cells: [sec3(r.key)] });
  }
  return out;
}

const REVIEW_GROUP = 0;

export const SENTENCES: readonly SentenceDef[] = [
  {
    id: 'sec2-documents',
    section: 'proactive',
    name: '规章和规范性文件',
    parts(report) {
      const fields: Sec2Field[] = ['issued', 'repealed', 'effective'];
      // Most units cannot make 规章 (docs/format.md §4.10): a row of zeros is left out, not reported as 「制发规章0件」.
      const rows = (['rules', 'normativeDocs'] as const).filter(
        (row) => row !== 'rules' || fields.some((f) => numberOf(report, sec2Address(row, f)) !== 0),
      );
      const out: SentencePart[] = ['本年度'];
      rows.forEach((row, ri) => {
        if (ri) out.push('；');
        fields.forEach((f, fi) => {
          out.push(`${fi ? '，' : ''}${sec2Verb(f)}${sec2Label(row)}`, num(report, [sec2Address(row, f)]), '件');
        });
      });
      out.push('。');
      return out;
    },
  },
  {
    id: 'sec2-decisions',
    section: 'proactive',
    name: '许可、处罚、强制和收费',
    parts(report) {
      const out: SentencePart[] = ['本年度作出'];
      (['licensing', 'punishment', 'enforcement'] as const).forEach((row, i) => {
        out.push(`${i ? '、' : ''}${sec2Label(row)}决定`, num(report, [sec2Address(row)]), '件');
      });
      out.push(`，${sec2Label('fees')}`, num(report, [sec2Address('fees')]), `${feeUnit()}。`);
      return out;
    },
  },
  {
    id: 'sec3-applications',
    section: 'applications',
    name: '申请的收到和办理',
    parts(report) {
      const out: SentencePart[] = [
        '本年度共收到政府信息公开申请',
        num(report, [sec3('newReceived'), sec3('carriedOver')]),
        `件（其中${bare(sec3Row('newReceived').label)}`,
        num(report, [sec3('newReceived')]),
        `件，${bare(sec3Row('carriedOver').label)}`,
        num(report, [sec3('carriedOver')]),
        '件），办结',
        num(report, [sec3('total')]),
        '件，其中',
      ];
      resultGroups().forEach((g, i) => out.push(`${i ? '、' : ''}${g.name}`, num(report, g.cells), '件'));
      out.push(`；${bare(sec3Row('carriedForward').label)}`, num(report, [sec3('carriedForward')]), '件。');
      return out;
    },
  },
  {
    id: 'sec4-reviews',
    section: 'review',
    name: '行政复议和行政诉讼',
    parts(report) {
      const group = (g: number) => [0, 1, 2, 3].map((o) => sec4Address(g * SEC4_OUTCOMES.length + o));
      const total = (g: number) => sec4Address(g * SEC4_OUTCOMES.length + SEC4_TOTAL_OFFSET);
      const out: SentencePart[] = [`本年度因政府信息公开工作被申请${SEC4_GROUPS[REVIEW_GROUP].name}`, num(report, [total(REVIEW_GROUP)]), '件，其中'];
      group(REVIEW_GROUP).forEach((a, i) => out.push(`${i ? '、' : ''}${SEC4_OUTCOMES[i]}`, num(report, [a]), '件'));
      const suits = [1, 2];
      out.push('；被提起行政诉讼', num(report, suits.map(total)), '件，其中');
      suits.forEach((g, i) => out.push(`${i ? '、' : ''}${SEC4_GROUPS[g]!.name}`, num(report, [total(g)]), '件'));
      out.push('。');
      return out;
    },
  },
];

const BY_ID = new Map(SENTENCES.map((s) => [s.id, s]));

export function sentenceDef(id: SentenceId): SentenceDef {
  return BY_ID.get(id)!;
}

export function sentencesOf(section: SectionId): SentenceDef[] {
  return SENTENCES.filter((s) => s.section === section);
}

export function partsText(parts: readonly SentencePart[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.value)).join('');
}

export function sentenceText(id: SentenceId, report: Pick<Report, 'cells'>): string {
  return partsText(sentenceDef(id).parts(report));
}

/** A bound paragraph with its text written from the cells (the same object when it already reads so). */
function boundParagraph(p: Paragraph, report: Pick<Report, 'cells'>): Paragraph {
  if (!p.bound) return p;
  const text = sentenceText(p.bound, report);
  return text === p.text ? p : { ...p, text };
}

/**
 * The report with every bound paragraph's text written from the current cells. Unchanged paragraphs,
 * sections and the report itself keep their identity (the text rules cache by paragraph object).
 */
export function withBoundText<R extends Pick<Report, 'cells' | 'sections' | 'autoTotals'>>(report: R): R {
  let sections: Report['sections'] | null = null;
  // The numbers the tables print: computed totals included.
  let figures: Pick<Report, 'cells'> | null = null;
  for (const [id, s] of Object.entries(report.sections) as [SectionId, Report['sections'][SectionId]][]) {
    if (!s.paragraphs.some((p) => p.bound)) continue;
    figures ??= withTotalsApplied(report);
    const paragraphs = s.paragraphs.map((p) => boundParagraph(p, figures!));
    if (paragraphs.every((p, i) => p === s.paragraphs[i])) continue;
    sections ??= { ...report.sections };
    sections[id] = { ...s, paragraphs };
  }
  return sections ? { ...report, sections } : report;
}

/** The paragraph a standard sentence starts as: bound, with the current numbers. */
export function boundSentence(id: SentenceId, report: Pick<Report, 'cells'>): Paragraph {
  return { heading: '', text: sentenceText(id, report), bound: id };
}

/** The section with sentence `id` added at its end (in place of a lone empty paragraph), bound and current. */
export function insertSentence<R extends Pick<Report, 'cells' | 'sections' | 'autoTotals'>>(report: R, id: SentenceId): R {
  const section = sentenceDef(id).section;
  const list = report.sections[section].paragraphs;
  const p = boundSentence(id, withTotalsApplied(report));
  const empty = list.length === 1 && !list[0]!.text.trim() && !list[0]!.heading.trim();
  const paragraphs = empty ? [p] : [...list, p];
  return { ...report, sections: { ...report.sections, [section]: { ...report.sections[section], paragraphs } } };
}

/** The paragraph as plain prose with the words it has now: the text checks read it from then on. */
export function unbindSentence<R extends Pick<Report, 'sections'>>(report: R, section: SectionId, index: number): R {
  const list = report.sections[section].paragraphs;
  const p = list[index];
  if (!p?.bound) return report;
  const { bound: _bound, ...plain } = p;
  const paragraphs = list.map((q, i) => (i === index ? plain : q));
  return { ...report, sections: { ...report.sections, [section]: { ...report.sections[section], paragraphs } } };
}
