/**
 * Numbers written in the prose against the tables (format.md §3 rule 11, §4 item 5): deterministic
 * patterns, one per kind of claim, each naming the cells it is checked against and offering the fix.
 */
import { getCell } from '../report/cells.ts';
import type { Paragraph, Report } from '../report/model.ts';
import {
  SEC3_RESULT_PART_KEYS,
  SEC3_TOTAL_COL,
  sec2Address,
  sec3Address,
  sec4Address,
  type Sec2RowKey,
  type Sec3RowKey,
} from '../schema/index.ts';
import { CHINESE_NUMERAL_CHARS, parseCount } from '../values/chinese-numerals.ts';
import { formatNumber } from '../values/parse.ts';
import type { Finding, Rule } from './finding.ts';
import { paragraphs, sentences, textFinding } from './prose.ts';

/** One reading of the tables a prose number may be: 「新收 46 + 上年结转 0 = 46」. */
interface Reading {
  value: number;
  cells: string[];
  /** How the value is made, for the message. */
  how: string;
}

interface Claim {
  /** The number is capture group `num`; other groups feed `readings`. */
  pattern: RegExp;
  /** The sentence must mention this (keeps 「办理人大建议5件」 out of the applications claims). */
  needs?: RegExp;
  readings(report: Report, m: RegExpMatchArray): Reading[] | null;
}

const T = SEC3_TOTAL_COL;
const sec3 = (key: Sec3RowKey) => sec3Address(key, T);
const value = (report: Report, address: string) => getCell(report, address).value;

/** The cells' values and their sum, or null while one of them is empty (nothing to compare yet). */
function reading(report: Report, cells: string[], name: string): Reading | null {
  let sum = 0;
  const parts: string[] = [];
  for (const c of cells) {
    const v = value(report, c);
    if (v === null) return null;
    sum += v;
    parts.push(formatNumber(v));
  }
  const total = Number(formatNumber(sum));
  const how = name.includes('{') ? `${name.replace(/\{(\d)\}/g, (_m, i: string) => parts[Number(i)]!)} = ${total}` : `${name} ${total}`;
  return { value: total, cells, how };
}

const all = (...r: (Reading | null)[]): Reading[] | null => (r.some((x) => x === null) ? null : (r as Reading[]));

const GROUP_ROWS: Record<string, Sec3RowKey[]> = {
  予以公开: ['granted'],
  部分公开: ['partlyGranted'],
  不予公开: SEC3_RESULT_PART_KEYS.filter((k) => k.startsWith('denied_')),
  无法提供: SEC3_RESULT_PART_KEYS.filter((k) => k.startsWith('unable_')),
  不予处理: SEC3_RESULT_PART_KEYS.filter((k) => k.startsWith('notProcessed_')),
  其他处理: SEC3_RESULT_PART_KEYS.filter((k) => k.startsWith('other_')),
};

const SEC2_ROW: Record<string, Sec2RowKey> = { 规章: 'rules', 规范性文件: 'normativeDocs' };
const SEC2_FIELD = { issued: '本年制发件数', repealed: '本年废止件数', effective: '现行有效件数' } as const;
const DECISION: Record<string, Sec2RowKey> = { 行政许可: 'licensing', 行政处罚: 'punishment', 行政强制: 'enforcement' };

// A count in Chinese numerals (十二件) too, but not 「每一件」「同一件」「第一件」, which are no counts.
const NUM = String.raw`(?<num>\d+|(?<![每同这那哪逐第])[${CHINESE_NUMERAL_CHARS}]+)\s*`;
const GAP = (n: number) => `[^，。；：、\\d]{0,${n}}?`;
const HAS_COUNT = new RegExp(`[\\d${CHINESE_NUMERAL_CHARS}]`);

function sec2Docs(field: keyof typeof SEC2_FIELD) {
  return (report: Report, m: RegExpMatchArray) => {
    const gap = m.groups!.gap ?? '';
    if (gap.includes('规章') && gap.includes('规范性文件')) return null;
    const row = SEC2_ROW[m.groups!.what!]!;
    const r = reading(report, [sec2Address(row, field)], `表二${m.groups!.what === '规章' ? '规章' : '行政规范性文件'}${SEC2_FIELD[field]}`);
    return all(r);
  };
}

const CLAIMS: readonly Claim[] = [
  {
    // 收到 may be 新收 alone or 新收 + 上年结转 (format.md §3 rule 11): either reading is accepted.
    pattern: new RegExp(`(?<verb>收到|受理|新收|接收)${GAP(14)}申请(?:共|合计|总计|数量为?)?\\s*${NUM}件`, 'g'),
    readings(report, m) {
      const fresh = reading(report, [sec3('newReceived')], '表三一、本年新收');
      if (m.groups!.verb === '新收' || !fresh) return all(fresh);
      // A blank 上年结转 is not known yet: 新收 alone is compared.
      const both = reading(report, [sec3('newReceived'), sec3('carriedOver')], '表三本年新收 {0} + 上年结转 {1}');
      return both ? [fresh, both] : [fresh];
    },
  },
  {
    pattern: new RegExp(`(?<!上年|上一年度?)(?:办结|答复|办理完毕)(?!率)${GAP(6)}${NUM}件`, 'g'),
    needs: /申请/,
    readings: (report) => all(reading(report, [sec3('total')], '表三三、本年度办理结果（七）总计')),
  },
  {
    pattern: new RegExp(`(?<last>上年|上一年度?)?(?:结转|转结|转入)(?:至|到)?(?:下一?年度?|\\d{4}\\s*年度?)?${GAP(10)}${NUM}件`, 'g'),
    needs: /申请|结转/,
    readings: (report, m) =>
      all(
        m.groups!.last
          ? reading(report, [sec3('carriedOver')], '表三二、上年结转')
          : reading(report, [sec3('carriedForward')], '表三四、结转下年度继续办理'),
      ),
  },
  {
    pattern: new RegExp(`(?<what>予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)${GAP(4)}${NUM}件`, 'g'),
    needs: /申请|公开/,
    readings: (report, m) => all(reading(report, GROUP_ROWS[m.groups!.what!]!.map(sec3), `表三（${m.groups!.what}）`)),
  },
  {
    pattern: new RegExp(`行政复议${GAP(4)}${NUM}(?:件|次|起)`, 'g'),
    readings: (report) => all(reading(report, [sec4Address(4)], '表四行政复议总计')),
  },
  {
    pattern: new RegExp(`行政诉讼${GAP(4)}${NUM}(?:件|次|起)`, 'g'),
    readings: (report) =>
      all(reading(report, [sec4Address(9), sec4Address(14)], '表四未经复议直接起诉总计 {0} + 复议后起诉总计 {1}')),
  },
  {
    pattern: new RegExp(`(?:制发|印发|出台|制定)(?<gap>${GAP(8)})(?<what>规章|规范性文件)${GAP(2)}${NUM}件`, 'g'),
    readings: sec2Docs('issued'),
  },
  {
    pattern: new RegExp(`废止(?<gap>${GAP(8)})(?<what>规章|规范性文件)${GAP(2)}${NUM}件`, 'g'),
    readings: sec2Docs('repealed'),
  },
  {
    pattern: new RegExp(`现行有效(?<gap>${GAP(8)})(?<what>规章|规范性文件)${GAP(2)}${NUM}件`, 'g'),
    readings: sec2Docs('effective'),
  },
  {
    pattern: new RegExp(`(?<what>行政许可|行政处罚|行政强制)(?:处理)?决定(?:数量)?[共为]?\\s*${NUM}件`, 'g'),
    readings: (report, m) =>
      all(reading(report, [sec2Address(DECISION[m.groups!.what!]!)], `表二${m.groups!.what}本年处理决定数量`)),
  },
  {
    pattern: /行政事业性收费[^，。；：\d]{0,6}?(?<num>\d+(?:\.\d+)?)\s*万元/g,
    readings: (report) => all(reading(report, [sec2Address('fees')], '表二行政事业性收费（万元）')),
  },
];

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
        if (readings.some((r) => r.value === n)) continue;
        const want = formatNumber(readings[0]!.value);
        out.push(
          textFinding(
            this,
            at,
            `正文“${m[0].trim()}”与表格不符：${readings.map((r) => r.how).join('，或')}`,
            { label: `改为 ${want}`, edits: [{ start, end, text: want }] },
            [...new Set(readings.flatMap((r) => r.cells))],
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
