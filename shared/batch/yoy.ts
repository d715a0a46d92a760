/** The district's year-on-year notes: the editor's policy (shared/report/year-on-year.ts) against the unit's last report. */
import type { Report } from '../report/model.ts';
import { figuresOf, yearOnYearNotes as notesAgainst } from '../report/year-on-year.ts';
import type { BatchFinding } from './entry.ts';

export { YEAR_ON_YEAR_RULE } from '../report/year-on-year.ts';

export function yearOnYearNotes(report: Report, last: Report): BatchFinding[] {
  return notesAgainst(report, figuresOf(last));
}
