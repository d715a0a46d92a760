/** What a rule reports, and the shape every rule module has. */
import type { Report } from '../report/model.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Cells the finding is about (schema addresses); the editor highlights them. */
  cells: string[];
  /** Chinese text shown to the clerk, quoting the numbers. */
  message: string;
}

/**
 * editing: the clerk is still filling the report, an empty cell counts as 0 and is shown as 未填;
 * final: before export or when checking a published report, empty cells are reported too.
 */
export type Stage = 'editing' | 'final';

export interface RuleContext {
  report: Report;
  stage: Stage;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line saying what the rule checks, in Chinese (for the help panel and `--json` consumers). */
  title: string;
  /** Every cell the rule reads; lets the editor know which findings a cell edit can change. */
  reads: readonly string[];
  check(ctx: RuleContext): Finding[];
}

/** Key under which the clerk's reason for a warning is stored in the file. */
export function findingKey(f: Pick<Finding, 'rule' | 'cells'>): string {
  return `${f.rule}:${f.cells[0] ?? ''}`;
}
