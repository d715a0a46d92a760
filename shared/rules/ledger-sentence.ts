/**
 * Table 三 counted from the ledger, section 三 silent about it (docs/format.md §4.12): the prose should
 * say how many applications were received and handled. When section 三 has no bound standard sentence and
 * names no count of applications received, the standard sentence — from the same counts — is offered as
 * the one-click 建议 (added as plain text at the end of the section's last paragraph).
 */
import { sentenceText } from '../report/sentences.ts';
import { withTotalsApplied } from '../report/totals.ts';
import { SEC3_TOTAL_COL, sec3Address } from '../schema/index.ts';
import { CHINESE_NUMERAL_CHARS } from '../values/chinese-numerals.ts';
import { appendFix } from './fee-statement.ts';
import type { Rule } from './finding.ts';
import { textFinding } from './prose.ts';

/** 「共收到政府信息公开申请35件」, 「受理申请三十五件」, 「新收申请 35 件」. */
const RECEIVED_SAID = new RegExp(`(?:收到|受理|新收|接收)[^。；\\n]{0,24}?申请[^。；\\n\\d${CHINESE_NUMERAL_CHARS}]{0,8}[\\d${CHINESE_NUMERAL_CHARS}]+\\s*件`);

export const ledgerSentence: Rule = {
  id: 'ledger-sentence',
  severity: 'warning',
  title: '表三由台账统计时，第三部分写明收到和办理申请的件数',
  readsText: true,
  check({ report }) {
    const count = report.ledger?.count;
    if (!count || count.year !== report.year) return [];
    const list = report.sections.applications.paragraphs;
    if (list.some((p) => p.bound === 'sec3-applications')) return [];
    if (RECEIVED_SAID.test(list.map((p) => `${p.heading}${p.text}`).join('\n'))) return [];
    const index = Math.max(0, list.length - 1);
    const sentence = sentenceText('sec3-applications', withTotalsApplied(report));
    return [
      textFinding(
        this,
        { section: 'applications', index },
        `表三由台账“${count.source}”统计，第三部分还没有写明收到和办理申请的件数`,
        appendFix(list[index]?.text ?? '', sentence),
        [sec3Address('newReceived', SEC3_TOTAL_COL), sec3Address('carriedOver', SEC3_TOTAL_COL)],
      ),
    ];
  },
};
