/**
 * The roll-over's 「请核对」 marks as findings (docs/format.md §4.17). A mark quotes what caused it (“2024年”, “58件”); once
 * that text is gone from the paragraph the mark is gone too. 已核对 is a reason, kept like any warning's.
 */
import type { Paragraph } from '../report/model.ts';
import type { Rule } from './finding.ts';
import { perParagraph } from './prose.ts';

const QUOTED = /“([^”]+)”/;

/** The paragraph's review reasons whose cause is still in its text. */
export function openReviewReasons(p: Paragraph): string[] {
  if (!p.review?.length) return [];
  return p.review.filter((reason) => {
    const quoted = QUOTED.exec(reason)?.[1];
    return quoted === undefined || p.text.includes(quoted);
  });
}

export const REVIEW_RULE = 'review-mark';

const marks = perParagraph((p) => {
  const open = openReviewReasons(p);
  if (!open.length) return [];
  return [{ rule: REVIEW_RULE, severity: 'warning' as const, cells: [], message: `请核对：${open.join('；')}` }];
});

export const reviewMarks: Rule = {
  id: REVIEW_RULE,
  severity: 'warning',
  title: '从上年报告新建时标出的“请核对”段落（仍写有上年年份或上年数字）',
  readsText: true,
  check: ({ report }) => marks(report),
};
