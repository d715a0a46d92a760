/**
 * Which sheets of a workbook hold what: the application ledger (one sheet, or one a year — counted
 * together, so last year's open cases are found) and a 行政复议/行政诉讼 sheet for table 四 when there is
 * one. A sheet is an application sheet when its header names an applicant type; a case sheet when it
 * names a case type or its sheet name says 复议/诉讼.
 */
import type { LedgerBook } from './book.ts';
import { findHeader, headerAt, type HeaderFound, type SheetKind } from './columns.ts';
import type { ApplicationSheet } from './count.ts';
import type { CaseSheet } from './count-cases.ts';
import type { LedgerMapping } from './mapping.ts';

export interface LedgerLayout {
  applications: ApplicationSheet[];
  cases: CaseSheet[];
}

/** What a case sheet's name says of its cases. */
export function routeOfSheetName(name: string): CaseSheet['route'] {
  const review = /复议/.test(name);
  const suit = /诉讼|应诉|起诉/.test(name);
  if (review && !suit) return 'review';
  if (suit && !review) return 'litigation';
  return undefined;
}

function caseSheet(sheet: number, name: string, header: HeaderFound): CaseSheet {
  const route = routeOfSheetName(name);
  return route ? { sheet, header, route } : { sheet, header };
}

export function detectLayout(book: LedgerBook, mapping: LedgerMapping): LedgerLayout {
  const out: LedgerLayout = { applications: [], cases: [] };
  book.sheets.forEach((sheet, i) => {
    const a = findHeader(sheet, 'applications', mapping.columns);
    const named = /复议|诉讼/.test(sheet.name);
    if (a && a.columns.applicantType !== undefined && !named) {
      out.applications.push({ sheet: i, header: a });
      return;
    }
    const c = findHeader(sheet, 'cases', mapping.columns);
    if (c && (named || c.columns.caseType !== undefined || c.columns.route !== undefined)) out.cases.push(caseSheet(i, sheet.name, c));
    else if (a) out.applications.push({ sheet: i, header: a });
  });
  return out;
}

/** The sheet and header row the clerk chose instead (header row 1-based, as Excel numbers it). */
export function chosenSheet(book: LedgerBook, sheet: number, headerRow: number, kind: SheetKind, mapping: LedgerMapping): ApplicationSheet | CaseSheet {
  const header = headerAt(book.sheets[sheet]!, headerRow - 1, kind, mapping.columns);
  return kind === 'cases' ? caseSheet(sheet, book.sheets[sheet]!.name, header) : { sheet, header };
}
