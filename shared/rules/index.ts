/** The checker: runs every rule over a report. */
import type { Report } from '../report/model.ts';
import { crossYearCarriedOver } from './cross-year-carried-over.ts';
import { crossYearEffective } from './cross-year-effective.ts';
import { emptyCells } from './empty-cells.ts';
import type { Finding, Rule, Stage } from './finding.ts';
import { legacyFormat } from './legacy-format.ts';
import { ledgerSentence } from './ledger-sentence.ts';
import { sec3Balance } from './sec3-balance.ts';
import { sec3ResultTotals } from './sec3-result-totals.ts';
import { sec3RowSums } from './sec3-row-sums.ts';
import { sec4Sums } from './sec4-sums.ts';
import { sec4ProseNone } from './sec4-prose-none.ts';
import { unitRules } from './unit-rules.ts';
import { valueTypes } from './value-types.ts';
import { reviewMarks } from './review-marks.ts';
import { textCompleteness } from './text-completeness.ts';
import { textNumbers } from './text-numbers.ts';
import { textPlaceholders } from './text-placeholders.ts';
import { textSlips } from './text-slips.ts';
import { textSentenceSums } from './text-sentence-sums.ts';
import { textStale } from './text-stale.ts';

export * from './finding.ts';
export { applyFix } from './fix.ts';
export { openReviewReasons } from './review-marks.ts';

export const RULES: readonly Rule[] = [
  valueTypes,
  sec3RowSums,
  sec3ResultTotals,
  sec3Balance,
  sec4Sums,
  emptyCells,
  crossYearCarriedOver,
  crossYearEffective,
  unitRules,
  legacyFormat,
  textNumbers,
  textStale,
  textPlaceholders,
  textCompleteness,
  textSlips,
  textSentenceSums,
  sec4ProseNone,
  ledgerSentence,
  reviewMarks,
];

export function checkReport(report: Report, stage: Stage = 'editing'): Finding[] {
  const ctx = { report, stage };
  const out: Finding[] = [];
  for (const rule of RULES) out.push(...rule.check(ctx));
  return out;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
