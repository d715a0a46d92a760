/**
 * The claims the prose makes about the tables: one pattern per kind of count, with the cells it is read
 * against. A claim is equal to the table, or for counts of what was published, at most the table's figure.
 */
import { getCell } from '../report/cells.ts';
import type { Report } from '../report/model.ts';
import {
  SEC3_RESULT_PART_KEYS,
  SEC3_TOTAL_COL,
  sec2Address,
  sec3Address,
  sec4Address,
  SEC4_GROUPS,
  SEC4_OUTCOMES,
  type Sec2RowKey,
  type Sec3RowKey,
} from '../schema/index.ts';
import { CHINESE_NUMERAL_CHARS } from '../values/chinese-numerals.ts';
import { formatNumber } from '../values/parse.ts';

/** One reading of the tables a prose number may be: 「新收 46 + 上年结转 0 = 46」. */
export interface Reading {
  value: number;
  cells: string[];
  /** How the value is made, for the message. */
  how: string;
}

export interface Claim {
  /** The number is capture group `num`; other groups feed `readings`. */
  pattern: RegExp;
  /** The sentence must mention this (keeps 「办理人大建议5件」 out of the applications claims). */
  needs?: RegExp;
  readings(report: Report, m: RegExpMatchArray): Reading[] | null;
  /** A count of what was published: it may be below the table's figure (not every decision is published), never above. */
  atMost?: boolean;
}

const T = SEC3_TOTAL_COL;
export const sec3 = (key: Sec3RowKey) => sec3Address(key, T);
export const value = (report: Report, address: string) => getCell(report, address).value;

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
export const NUM = String.raw`(?<num>\d+|(?<![每同这那哪逐第])[${CHINESE_NUMERAL_CHARS}]+)\s*`;
const GAP = (n: number) => `[^，。；：、\\d]{0,${n}}?`;
export const HAS_COUNT = new RegExp(`[\\d${CHINESE_NUMERAL_CHARS}]`);

function sec2Docs(...fields: (keyof typeof SEC2_FIELD)[]) {
  return (report: Report, m: RegExpMatchArray) => {
    const gap = m.groups!.gap ?? '';
    if (gap.includes('规章') && gap.includes('规范性文件')) return null;
    const row = SEC2_ROW[m.groups!.what!]!;
    const name = m.groups!.what === '规章' ? '规章' : '行政规范性文件';
    return all(...fields.map((field) => reading(report, [sec2Address(row, field)], `表二${name}${SEC2_FIELD[field]}`)));
  };
}

export const CLAIMS: readonly Claim[] = [
  {
    // 收到 may be 新收 alone or 新收 + 上年结转 (docs/format.md §4.12): either reading is accepted.
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
    // 「共处理政府信息公开申请35件」: what was handled is the results' （七）总计.
    pattern: new RegExp(`(?:共|累计|合计|全年)处理${GAP(14)}申请(?:共|合计|总计)?\\s*${NUM}件`, 'g'),
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
    // The results (「其中维持2件、纠正1件」) of whichever the sentence spoke of last: 行政复议, or 行政诉讼
    // (both kinds of suit added, as the prose rarely tells them apart).
    pattern: new RegExp(`(?<what>结果维持|维持|结果纠正|纠正|其他结果|尚未审结|未审结)${GAP(3)}${NUM}件`, 'g'),
    needs: /行政复议|行政诉讼|起诉/,
    readings: (report, m) => {
      const before = m.input!.slice(0, m.index);
      const review = before.lastIndexOf('行政复议');
      const suit = Math.max(before.lastIndexOf('诉讼'), before.lastIndexOf('起诉'));
      if (review < 0 && suit < 0) return null;
      const word = m.groups!.what!.replace(/^结果|^尚/, '');
      const outcome = SEC4_OUTCOMES.findIndex((o) => o.includes(word));
      const label = SEC4_OUTCOMES[outcome]!;
      if (review > suit) return all(reading(report, [sec4Address(outcome)], `表四${SEC4_GROUPS[0].name}${label}`));
      return all(
        reading(report, [sec4Address(5 + outcome), sec4Address(10 + outcome)], `表四${SEC4_GROUPS[1].name}${label} {0} + ${SEC4_GROUPS[2].name}${label} {1}`),
      );
    },
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
    // 主动公开 of 规章 and 规范性文件: 「新增公开规章1件」 is this year's 制发; a bare 「公开规范性文件12件」
    // may be this year's or all that are in force.
    pattern: new RegExp(`(?<fresh>新增|新)?(?:公开|发布|公布)(?<gap>${GAP(8)})(?<what>规章|规范性文件)${GAP(2)}${NUM}件`, 'g'),
    readings: (report, m) => {
      if (/现行有效|废止|制发|印发|出台|制定|清理/.test(m.groups!.gap!)) return null;
      return sec2Docs(...(m.groups!.fresh ? (['issued'] as const) : (['issued', 'effective'] as const)))(report, m);
    },
  },
  {
    // 主动公开 of decisions (第二十条第（五）（六）项): the published ones are some of the decisions made.
    pattern: new RegExp(
      `(?:公开|公示|发布|公布)${GAP(6)}(?<what>行政许可|行政处罚|行政强制)(?:决定|案件)?(?:信息|结果)(?:共|合计)?\\s*${NUM}(?:件|条|个)`,
      'g',
    ),
    atMost: true,
    readings: (report, m) =>
      all(reading(report, [sec2Address(DECISION[m.groups!.what!]!)], `表二${m.groups!.what}本年处理决定数量`)),
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

