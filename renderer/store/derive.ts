/** What follows from a report after every change: computed totals, findings, problems by cell. */
import type { Report } from '../../shared/report/model.ts';
import { withComputedTotals } from '../../shared/report/totals.ts';
import { checkReport, type Finding } from '../../shared/rules/index.ts';
import { problemsByCell, type CellProblem } from '../../shared/grid/problems.ts';

export interface Derived {
  report: Report;
  findings: Finding[];
  problems: Record<string, CellProblem>;
}

/**
 * `previous`: when the findings did not change, its arrays are kept, so the problems panel and the
 * cells that show problems are not redrawn on every keystroke.
 */
export function derive(report: Report, previous?: Pick<Derived, 'findings' | 'problems'>): Derived {
  const withTotals: Report = { ...report, cells: withComputedTotals(report) };
  const findings = checkReport(withTotals, 'editing');
  if (previous && JSON.stringify(findings) === JSON.stringify(previous.findings)) {
    return { report: withTotals, findings: previous.findings, problems: previous.problems };
  }
  return { report: withTotals, findings, problems: problemsByCell(findings) };
}
