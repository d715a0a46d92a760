/**
 * What the prose must contain (docs/format.md §4.15): no empty section, no 七th part, the 信息处理费
 * statement in 六, fees in the right unit, the format cited correctly, and for 各级人民政府 the
 * 工作考核、社会评议和责任追究 that Art. 50 asks of them; and a 总体情况 that gives no figure of its own at
 * all, the mark of a generic narrative copied from anywhere.
 */
import { FORMAT_CITATION, SECTIONS, UNIT_KINDS, sectionHeading, type SectionDef } from '../schema/index.ts';
import type { Paragraph, Report } from '../report/model.ts';
import type { SectionId } from '../schema/sections.ts';
import type { Finding, Rule, TextFix } from './finding.ts';
import { feeFindings } from './fee-statement.ts';
import { paragraphs, textFinding } from './prose.ts';
import { CHINESE_NUMERAL_CHARS } from '../values/chinese-numerals.ts';

const hasText = (r: Report, s: SectionDef) => r.sections[s.id].paragraphs.some((p) => p.text.trim() !== '');

const ORDINALS = SECTIONS.map((s) => s.ordinal).join('');
const HEADINGS = SECTIONS.map((s) => ({ id: s.id, names: [s.title, ...s.variants] }));
const LEADING_HEADING = new RegExp(`^\\s*(?:#+\\s*)?([${ORDINALS}七八])、\\s*(\\S[^。\\n]{1,40})`);

/** The format document's number written wrongly: 涵 for 函, 国办发, square brackets, … */
const CITATION = /国办(?:公开办)?[函涵发]?\s*[〔[［（(【]\s*2021\s*[〕\]］）)】]\s*30\s*号/g;
const OTHER = SECTIONS.find((s) => s.id === 'other')!;
const OTHER_NAMES = HEADINGS.find((h) => h.id === 'other')!.names;

const ACCOUNTABILITY = ['工作考核', '社会评议', '责任追究'];

/**
 * A figure of the unit's own work: 「发布信息125条」「举办培训三次」「6.5万元」 (a year alone is no figure).
 * The model text's 「××条」 is a figure still to be filled: the placeholder rule says so, not this one.
 */
const OWN_FIGURE = new RegExp(`(?:\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+|[×xX＊*ＸＸ]{2,})\\s*(?:件|条|次|个|项|篇|期|场|人|家|份|批|万|元|%|％)`);

interface ParagraphChecks {
  /** Findings that depend on the paragraph's text alone. */
  local: { message: string; fix?: TextFix }[];
  /** A section heading written as the paragraph's first line, to compare with the section it is in. */
  heading: { id: SectionId; line: string } | null;
  /** Which of 考核/评议/追究 the paragraph mentions. */
  mentions: string;
}

/** Kept per paragraph object: only the paragraph typed into is read again. */
const checks = new WeakMap<Paragraph, ParagraphChecks>();

function paragraphChecks(p: Paragraph): ParagraphChecks {
  const cached = checks.get(p);
  if (cached) return cached;
  const local: ParagraphChecks['local'] = [];
  let heading: ParagraphChecks['heading'] = null;
  for (const field of ['heading', 'text'] as const) {
    const m = LEADING_HEADING.exec(p[field]);
    if (!m) continue;
    if (m[1] === '七' || m[1] === '八') {
      const at = m.index + m[0].indexOf(m[1]);
      // Renumbering is safe only for the part that is 六 by its title.
      const isOther = OTHER_NAMES.some((n) => m[2]!.startsWith(n));
      const fix: TextFix = { label: '改为“六、”', edits: [{ start: at, end: at + 1, text: '六' }], ...(field === 'heading' ? { field } : {}) };
      local.push({ message: `“${m[0].trim()}”：年报只有六个部分，其他需要报告的事项是第六部分`, ...(isOther ? { fix } : {}) });
      continue;
    }
    const named = HEADINGS.find((h) => h.names.some((n) => m[2]!.startsWith(n)));
    if (named) heading = { id: named.id, line: m[0].trim() };
  }
  const text = p.text;
  for (const m of text.matchAll(CITATION)) {
    if (m[0] === FORMAT_CITATION) continue;
    local.push({
      message: `格式文件文号“${m[0]}”有误，应为“${FORMAT_CITATION}”`,
      fix: { label: `改为“${FORMAT_CITATION}”`, edits: [{ start: m.index!, end: m.index! + m[0].length, text: FORMAT_CITATION }] },
    });
  }
  for (const m of text.matchAll(/信息处理费[^。；\d]{0,12}?(\d+(?:\.\d+)?)\s*万元/g)) {
    local.push({ message: `“${m[0]}”：信息处理费按元计（如“收取信息处理费 3940 元”），万元是表二行政事业性收费的单位` });
  }
  for (const m of text.matchAll(/行政事业性收费[^。；\d]{0,8}?(\d+(?:\.\d+)?)\s*(?<!万)元/g)) {
    local.push({ message: `“${m[0]}”：行政事业性收费按万元填报（表二），与按元计的信息处理费不同` });
  }
  const all = `${p.heading}${text}`;
  const mentions = ACCOUNTABILITY.map((w) => w.slice(-2)).filter((w) => all.includes(w)).join('');
  const result = { local, heading, mentions };
  checks.set(p, result);
  return result;
}

function isPeoplesGovernment(r: Report): boolean {
  const kind = UNIT_KINDS.find((k) => k.id === r.unit.kind);
  if (!kind?.isGovernment) return false;
  return r.unit.kind === 'township' || r.unit.kind === 'countyGov' || /人民政府$|街道办事处$|[镇乡]$/.test(r.unit.name.trim());
}

export const textCompleteness: Rule = {
  id: 'text-completeness',
  severity: 'warning',
  title: '正文完整：六个部分都有内容、没有第七部分、第六部分说明信息处理费、格式文号正确、各级人民政府报告考核评议追究情况',
  readsText: true,
  check({ report, stage }) {
    const out: Finding[] = [];
    const first = (s: SectionDef) => ({ section: s.id, index: 0 });
    // A facts file holds the tables of a published report, not its prose: there is nothing to judge.
    if (report.meta.origin === 'facts') return out;
    // While the clerk writes, an empty section is work left (the 问题 panel lists it), not a mistake.
    const unwritten = (s: SectionDef) => stage === 'editing' && !hasText(report, s);
    for (const s of SECTIONS) {
      // A section that holds a statutory table is not empty: many reports print the table alone.
      if (stage === 'final' && !s.table && !hasText(report, s)) {
        out.push(textFinding(this, first(s), `“${sectionHeading(s)}”还没有正文`));
      }
    }
    let mentions = '';
    for (const at of paragraphs(report)) {
      const c = paragraphChecks(at.p);
      mentions += c.mentions;
      for (const f of c.local) out.push(textFinding(this, at, f.message, f.fix));
      if (c.heading && c.heading.id !== at.section) {
        out.push(textFinding(this, at, `“${c.heading.line}”是另一部分的标题，却写在了这一部分中；六个部分应按顺序各自成部分`));
      }
    }
    if (!unwritten(OTHER)) out.push(...feeFindings(this, report));
    const overview = SECTIONS[0]!;
    if (hasText(report, overview) && !report.sections.overview.paragraphs.some((p) => OWN_FIGURE.test(p.text))) {
      out.push(
        textFinding(
          this,
          first(overview),
          `“${sectionHeading(overview)}”没有一个本单位本年度的具体数字（如主动公开信息多少条、办理申请多少件），读来像通用的套话；请写明本年度的实际工作`,
        ),
      );
    }
    if (isPeoplesGovernment(report) && !unwritten(SECTIONS[0]!)) {
      const missing = ACCOUNTABILITY.filter((w) => !mentions.includes(w.slice(-2)));
      if (missing.length) {
        const overview = report.sections.overview.paragraphs;
        const index = Math.max(0, overview.findIndex((p) => p.heading.includes('监督保障')));
        out.push(
          textFinding(
            this,
            { section: 'overview', index },
            `各级人民政府的年度报告应包括工作考核、社会评议和责任追究结果情况（条例第五十条），正文未提到${missing.join('、')}`,
          ),
        );
      }
    }
    return out;
  },
};
