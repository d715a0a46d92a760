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

export function derive(report: Report): Derived {
  const withTotals: Report = { ...report, cells: withComputedTotals(report) };
  const findings = checkReport(withTotals, 'editing');
  return { report: withTotals, findings, problems: problemsByCell(findings) };
}
