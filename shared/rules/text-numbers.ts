/**
 * Numbers written in the prose against the tables (docs/format.md §4.12): deterministic
 * patterns, one per kind of claim, each naming the cells it is checked against and offering the fix.
 */
import type { Paragraph } from '../report/model.ts';
import { parseCount } from '../values/chinese-numerals.ts';
import { formatNumber } from '../values/parse.ts';
import type { Finding, Rule } from './finding.ts';
import { paragraphs, sentences, textFinding } from './prose.ts';
import { CLAIMS, HAS_COUNT, sec3, value, type Claim } from './text-number-claims.ts';

/** A clause about another year (「比2023年的20件」「同比」) is a comparison, not this year's figure. */
function aboutAnotherYear(clause: string, year: number): boolean {
  if (/上年|去年|同比|较上|比上/.test(clause)) return true;
  for (const m of clause.matchAll(/(\d{4})\s*年/g)) if (Number(m[1]) !== year) return true;
  return false;
}

function clauseAt(sentence: string, at: number): string {
  const a = Math.max(sentence.lastIndexOf('，', at), sentence.lastIndexOf(',', at)) + 1;
  return sentence.slice(a, at);
}

const ALL_DONE = /(?:均已?|全部|已全部|所有申请均已?)[^，。；\d]{0,8}?(?:办结|办理完毕|办理完成|答复完毕)/g;

/** A number of the prose that one claim reads, found once per paragraph text. */
interface Found {
  claim: Claim;
  m: RegExpMatchArray;
  start: number;
  end: number;
}

interface Scan {
  year: number;
  found: Found[];
  /** 「均已办结」 in sentences about applications that do not mention 结转, with their offsets. */
  allDone: { text: string; start: number }[];
}

/** Scanning is most of the cost: kept per paragraph object and report year, re-read only when typed into. */
const scans = new WeakMap<Paragraph, Scan>();

function scan(p: Paragraph, year: number): Scan {
  const cached = scans.get(p);
  if (cached?.year === year) return cached;
  const found: Found[] = [];
  const allDone: Scan['allDone'] = [];
  const digits = HAS_COUNT.test(p.text);
  for (const s of sentences(p.text)) {
    for (const claim of digits ? CLAIMS : []) {
      if (claim.needs && !claim.needs.test(s.text)) continue;
      for (const m of s.text.matchAll(claim.pattern)) {
        if (aboutAnotherYear(clauseAt(s.text, m.index!), year)) continue;
        // A run of numeral characters that is not a count as written (「一一」) is left alone.
        if (parseCount(m.groups!.num!) === null) continue;
        const start = s.start + m.index! + m[0].lastIndexOf(m.groups!.num!);
        found.push({ claim, m, start, end: start + m.groups!.num!.length });
      }
    }
    if (/申请/.test(s.text) && !/结转|转结/.test(s.text)) for (const m of s.text.matchAll(ALL_DONE)) allDone.push({ text: m[0], start: s.start + m.index! });
  }
  const result = { year, found, allDone };
  scans.set(p, result);
  return result;
}

export const textNumbers: Rule = {
  id: 'text-numbers',
  severity: 'warning',
  title: '正文中的数字与表格一致（收到、办结、结转、办理结果、复议诉讼、规范性文件等）',
  readsText: true,
  check({ report }) {
    const out: Finding[] = [];
    const forward = value(report, sec3('carriedForward'));
    for (const at of paragraphs(report)) {
      const { found, allDone } = scan(at.p, report.year);
      for (const { claim, m, start, end } of found) {
        const readings = claim.readings(report, m);
        if (!readings?.length) continue;
        const n = parseCount(m.groups!.num!)!;
        if (readings.some((r) => (claim.atMost ? n <= r.value : r.value === n))) continue;
        const cells = [...new Set(readings.flatMap((r) => r.cells))];
        if (claim.atMost) {
          out.push(textFinding(this, at, `正文“${m[0].trim()}”多于表格：${readings.map((r) => r.how).join('，或')}，公开的不会多于作出的`, undefined, cells));
          continue;
        }
        const want = formatNumber(readings[0]!.value);
        out.push(
          textFinding(
            this,
            at,
            `正文“${m[0].trim()}”与表格不符：${readings.map((r) => r.how).join('，或')}`,
            { label: `改为 ${want}`, edits: [{ start, end, text: want }] },
            cells,
          ),
        );
      }
      if (forward === null || forward <= 0) continue;
      const closed = value(report, sec3('total'));
      for (const said of allDone) {
        // The sentence as the tables have it: what was closed and what goes on to next year.
        const text = closed === null ? null : `已办结${formatNumber(closed)}件，结转下年度继续办理${formatNumber(forward)}件`;
        const fix = text ? { label: `建议：改为“${text}”`, edits: [{ start: said.start, end: said.start + said.text.length, text }] } : undefined;
        out.push(
          textFinding(this, at, `正文说“${said.text}”，但表三四、结转下年度继续办理为 ${formatNumber(forward)} 件`, fix, [
            sec3('carriedForward'),
          ]),
        );
      }
    }
    return out;
  },
};
