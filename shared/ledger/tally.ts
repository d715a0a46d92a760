/** A whole ledger counted for one year: table 三 from its application sheets, table 四 from its case sheets. */
import { SEC3_APPLICANT_COLS, SEC3_COLUMNS, SEC3_RESULT_PART_KEYS, SEC3_ROW_KEYS, SEC3_TOTAL_COL, SEC4_GROUPS, SEC4_OUTCOMES, SEC4_TOTAL_OFFSET, sec3Address, sec4Address } from '../schema/index.ts';
import type { LedgerBook } from './book.ts';
import { countApplications, type ApplicationTally } from './count.ts';
import { countCases, type CaseTally } from './count-cases.ts';
import { detectLayout, type LedgerLayout } from './detect.ts';
import type { LeftOut } from './left-out.ts';
import type { LedgerMapping } from './mapping.ts';

export interface LedgerTally {
  source: string;
  year: number;
  layout: LedgerLayout;
  applications: ApplicationTally;
  /** Null when the workbook has no 复议/诉讼 sheet. */
  cases: CaseTally | null;
}

export function tallyLedger(book: LedgerBook, year: number, mapping: LedgerMapping, layout: LedgerLayout = detectLayout(book, mapping)): LedgerTally {
  return {
    source: book.name,
    year,
    layout,
    applications: countApplications(book, layout.applications, year, mapping),
    cases: layout.cases.length ? countCases(book, layout.cases, year, mapping) : null,
  };
}

/** Every row left out, applications first. */
export function allLeftOut(t: LedgerTally): LeftOut[] {
  return [...t.applications.leftOut, ...(t.cases?.leftOut ?? [])];
}

/** The 175 numbers of table 三 the applications give (totals included). */
export function sec3Values(t: ApplicationTally): Record<string, number> {
  const out: Record<string, number> = {};
  const n = (key: (typeof SEC3_ROW_KEYS)[number], c: number) => t.cells[sec3Address(key, c)]?.length ?? 0;
  for (const key of SEC3_ROW_KEYS) {
    if (key === 'total') continue;
    let sum = 0;
    for (const c of SEC3_APPLICANT_COLS) {
      out[sec3Address(key, c)] = n(key, c);
      sum += n(key, c);
    }
    out[sec3Address(key, SEC3_TOTAL_COL)] = sum;
  }
  SEC3_COLUMNS.forEach((_, c) => {
    out[sec3Address('total', c)] = SEC3_RESULT_PART_KEYS.reduce((s, k) => s + (out[sec3Address(k, c)] ?? 0), 0);
  });
  return out;
}

/** The 15 numbers of table 四 the cases give. */
export function sec4Values(t: CaseTally): Record<string, number> {
  const out: Record<string, number> = {};
  SEC4_GROUPS.forEach((_, g) => {
    let sum = 0;
    for (let o = 0; o < SEC4_TOTAL_OFFSET; o++) {
      const address = sec4Address(g * SEC4_OUTCOMES.length + o);
      out[address] = t.cells[address]?.length ?? 0;
      sum += out[address];
    }
    out[sec4Address(g * SEC4_OUTCOMES.length + SEC4_TOTAL_OFFSET)] = sum;
  });
  return out;
}
