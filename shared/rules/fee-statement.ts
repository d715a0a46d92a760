/**
 * Section 六's 信息处理费 statement (docs/format.md §4.15): it must be there, and
 * when table 三 counts applications dropped for an unpaid fee notice, 「未收取」 alone hides that notices
 * went out. Each finding offers the standard sentence as its one-click 「建议」.
 */
import { getCell } from '../report/cells.ts';
import type { Report } from '../report/model.ts';
import { SEC3_TOTAL_COL, sec3Address, sec3RowName } from '../schema/index.ts';
import { formatNumber } from '../values/parse.ts';
import type { Finding, Rule, TextFix } from './finding.ts';
import { textFinding } from './prose.ts';

const FEE_STATEMENT = /信息处理费|处理费/;
// 「（一）政府信息处理费收取情况。」 with the answer 「无。」 under it is a statement too.
const FEE_SAID = /(?:未|不|没有|无|免)[^，。；]{0,6}收|收取[^。；]{0,20}\d|未产生|零收费|收费\s*0|0\s*元|处理费[^。\n]{0,10}[。：:]?\s*无/;
/** A statement that nothing was collected. */
const NONE_COLLECTED = /(?:未|没有|不|无|免)[^，。；]{0,6}收取|未产生|零收费|收取[^。；\d]{0,16}(?<![\d.])0\s*元/;
const NOTICES_SAID = /收费通知|缴费通知|缴纳|缴费/;

export const NO_FEE_SENTENCE = '本年度未收取信息处理费。';

const UNPAID = sec3Address('other_2', SEC3_TOTAL_COL);

/** Applications dropped because the applicant did not pay the fee notice (table 三（六）2 总计). */
function unpaid(report: Report): number {
  return getCell(report, UNPAID).value ?? 0;
}

/** The sentence that states what table 三（六）2 says. */
export function unpaidSentence(n: number): string {
  return `本年度有 ${formatNumber(n)} 件申请的申请人逾期未按收费通知要求缴纳信息处理费，本机关不再处理。`;
}

/** A fix that adds `sentence` at the end of a paragraph whose text is `text`. */
export function appendFix(text: string, sentence: string): TextFix {
  const end = text.length;
  const joint = text.trim() === '' || /[。！？；]\s*$/.test(text) ? '' : '。';
  return { label: `建议：补上“${sentence}”`, edits: [{ start: end, end, text: `${joint}${sentence}` }] };
}

export function feeFindings(rule: Pick<Rule, 'id' | 'severity'>, report: Report): Finding[] {
  const list = report.sections.other.paragraphs;
  const six = list.map((p) => `${p.heading}${p.text}`).join('\n');
  const n = unpaid(report);
  if (!FEE_STATEMENT.test(six) || !FEE_SAID.test(six)) {
    const why = n > 0 ? `；表三${sec3RowName('other_2')}为 ${formatNumber(n)} 件，说明本年发出过收费通知` : '';
    return [
      textFinding(
        rule,
        { section: 'other', index: 0 },
        `第六部分没有说明信息处理费的收取情况（如“本年度未收取信息处理费”或“收取信息处理费…元”）${why}`,
        appendFix(list[0]?.text ?? '', n > 0 ? unpaidSentence(n) : NO_FEE_SENTENCE),
        n > 0 ? [UNPAID] : [],
      ),
    ];
  }
  if (n <= 0 || NOTICES_SAID.test(six)) return [];
  const index = list.findIndex((p) => NONE_COLLECTED.test(`${p.heading}${p.text}`));
  if (index < 0) return [];
  const p = list[index]!;
  const said = NONE_COLLECTED.exec(`${p.heading}${p.text}`)![0];
  return [
    textFinding(
      rule,
      { section: 'other', index },
      `表三${sec3RowName('other_2')}为 ${formatNumber(n)} 件，说明本年发出过收费通知，正文却只说“${said}”：请写明收费通知和缴费情况`,
      appendFix(p.text, unpaidSentence(n)),
      [UNPAID],
    ),
  ];
}
