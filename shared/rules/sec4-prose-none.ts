/**
 * Section 四 says there were no reconsiderations or lawsuits (「未发生行政复议、行政诉讼案件」) while table 四
 * counts some (docs/format.md §4.21): one of them is wrong.
 */
import { numberOf } from '../report/cells.ts';
import { SEC4_TOTAL_OFFSET, sec4Address } from '../schema/index.ts';
import type { Finding, Rule } from './finding.ts';
import { paragraphs, sentences, textFinding } from './prose.ts';

const NONE = /(?:未(?:发生|收到|出现|产生|涉及|有)|没有(?:发生|收到|出现|产生)?|(?<!尚)无)[^，。；\d]{0,10}?(行政复议|行政诉讼)(?:[、和及与或]\s*(行政复议|行政诉讼))?/;
const ZERO = /(行政复议|行政诉讼)(?:[、和及与或]\s*(行政复议|行政诉讼))?[^，。；\d]{0,8}?(?:均为|为|是)\s*(?:0|零)\s*(?:件|起|次)?/;

const REVIEW_TOTAL = sec4Address(SEC4_TOTAL_OFFSET);
const LITIGATION_TOTALS = [sec4Address(5 + SEC4_TOTAL_OFFSET), sec4Address(10 + SEC4_TOTAL_OFFSET)];

const rule = { id: 'sec4-prose-none', severity: 'warning' as const };

export const sec4ProseNone: Rule = {
  ...rule,
  title: '第四部分写“未发生”行政复议、行政诉讼时，表四应无案件',
  readsText: true,
  check({ report }) {
    const out: Finding[] = [];
    for (const at of paragraphs(report, ['review'])) {
      for (const s of sentences(at.p.text)) {
        const m = NONE.exec(s.text) ?? ZERO.exec(s.text);
        if (!m) continue;
        const kinds = [m[1], m[2]].filter(Boolean);
        const cells = [...(kinds.includes('行政复议') ? [REVIEW_TOTAL] : []), ...(kinds.includes('行政诉讼') ? LITIGATION_TOTALS : [])];
        const cases = cells.reduce((n, a) => n + numberOf(report, a), 0);
        if (!cases) continue;
        out.push(textFinding(rule, at, `写“${m[0]}”，但表四${kinds.join('、')}共 ${cases} 件：请核对正文或表四`, undefined, cells));
        break;
      }
    }
    return out;
  },
};
