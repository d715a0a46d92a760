/**
 * May this report be exported? The one policy the editor (dialogs) and `nianbao export` (flags) both
 * apply: errors and blank cells are the clerk's decision, asked in this order, never a surprise.
 */
import type { Report } from '../report/model.ts';
import { withTotalsApplied } from '../report/totals.ts';
import { findingKey, type Finding } from './finding.ts';
import { checkReport } from './index.ts';

/**
 * errors: the tables do not add up — export only when the clerk insists (仍然导出 / --force);
 * blanks: empty cells — print them as 0 (按 0 打印 / --zero) or insist;
 * text: warnings about the prose (numbers that contradict the tables, last year's text, placeholders,
 * missing statements) that carry no reason — print as it is only when the clerk insists.
 */
export type ExportQuestionKind = 'errors' | 'blanks' | 'text';

export interface ExportQuestion {
  kind: ExportQuestionKind;
  findings: Finding[];
}

export interface ExportGate {
  /** Every finding at the final stage, on the report as the editor shows it (totals applied). */
  findings: Finding[];
  /** What the clerk must answer before the export, in order; empty when it may go ahead. */
  questions: ExportQuestion[];
}

/** The final check: what `nianbao check` reports and the export gate judges. */
export function finalFindings(report: Report): Finding[] {
  return checkReport(withTotalsApplied(report), 'final');
}

export function exportGate(report: Report): ExportGate {
  const findings = finalFindings(report);
  const questions: ExportQuestion[] = [];
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length) questions.push({ kind: 'errors', findings: errors });
  const blanks = findings.filter((f) => f.rule === 'empty-cells');
  if (blanks.length) questions.push({ kind: 'blanks', findings: blanks });
  const text = findings.filter((f) => f.severity === 'warning' && f.paragraph && !report.reasons[findingKey(f)]?.trim());
  if (text.length) questions.push({ kind: 'text', findings: text });
  return { findings, questions };
}
