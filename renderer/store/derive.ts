/** What follows from a report after every change: computed totals, findings, problems by cell. */
import type { Report } from '../../shared/report/model.ts';
import { withTotalsApplied } from '../../shared/report/totals.ts';
import { withBoundText } from '../../shared/report/sentences.ts';
import { heldWhileTyping } from '../../shared/rules/hold.ts';
import { checkReport, type Finding } from '../../shared/rules/index.ts';
import { problemsByCell, type CellProblem } from '../../shared/grid/problems.ts';

export interface Derived {
  report: Report;
  /** Every finding of the rules. */
  checked: Finding[];
  /** What is shown: `checked` less the balance errors of the column being typed in (shared/rules/hold.ts). */
  findings: Finding[];
  problems: Record<string, CellProblem>;
}

/** The findings' text, kept per findings array: the previous one is compared again on the next change. */
const jsonCache = new WeakMap<Finding[], string>();
function findingsJson(findings: Finding[]): string {
  let json = jsonCache.get(findings);
  if (json === undefined) jsonCache.set(findings, (json = JSON.stringify(findings)));
  return json;
}

function sameProblem(a: CellProblem, b: CellProblem): boolean {
  return a.severity === b.severity && a.messages.length === b.messages.length && a.messages.every((m, i) => m === b.messages[i]);
}

/**
 * A cell whose problem reads the same as before keeps the previous object: a message that quotes a
 * number changes on most keystrokes, and only the cells it names should be redrawn, not every flagged cell.
 */
function keepUnchanged(next: Record<string, CellProblem>, previous: Record<string, CellProblem>): Record<string, CellProblem> {
  for (const [address, p] of Object.entries(next)) {
    const old = previous[address];
    if (old && sameProblem(old, p)) next[address] = old;
  }
  return next;
}

/** What the editor shows at once after a change: the computed totals and the bound sentences. */
export function withDerivedText(report: Report): Report {
  return withBoundText(withTotalsApplied(report));
}

/** The rules run over a report that already has its totals and bound sentences. */
export function checked(
  report: Report,
  previous?: Pick<Derived, 'findings' | 'problems'>,
  typing: string | null = null,
): Omit<Derived, 'report'> {
  const all = checkReport(report, 'editing');
  return { checked: all, ...shown(report, all, typing, previous) };
}

/**
 * `previous`: when the findings did not change, its arrays are kept, so the problems panel and the
 * cells that show problems are not redrawn on every keystroke.
 */
export function derive(
  report: Report,
  previous?: Pick<Derived, 'findings' | 'problems'>,
  typing: string | null = null,
): Derived {
  // Bound sentences are written from the cells here, so every change (undo included) updates them.
  const withText = withDerivedText(report);
  return { report: withText, ...checked(withText, previous, typing) };
}

/** The findings shown while the clerk types into `typing`, reusing `previous` where nothing changed. */
export function shown(
  report: Report,
  checked: Finding[],
  typing: string | null,
  previous?: Pick<Derived, 'findings' | 'problems'>,
): Pick<Derived, 'findings' | 'problems'> {
  const findings = heldWhileTyping(checked, report, typing);
  if (!previous) return { findings, problems: problemsByCell(findings) };
  if (findingsJson(findings) === findingsJson(previous.findings)) {
    return { findings: previous.findings, problems: previous.problems };
  }
  return { findings, problems: keepUnchanged(problemsByCell(findings), previous.problems) };
}
