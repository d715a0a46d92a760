/**
 * Writing a count into a report: table 三 (and table 四 when the ledger has a 复议/诉讼 sheet and the clerk
 * wants it) filled, the count and the clerk's answers kept in report.ledger. Before that, which filled
 * cells it would change — the editor and `nianbao tally --into` ask first.
 */
import { computedAddresses } from '../report/totals.ts';
import type { Report } from '../report/model.ts';
import { cellFromNumber } from '../values/parse.ts';
import type { LedgerMapping } from './mapping.ts';
import { ledgerCount } from './record.ts';
import { sec3Values, sec4Values, type LedgerTally } from './tally.ts';

export interface FillOptions {
  /** Fill table 四 from the case sheet too (when there is one). */
  sec4: boolean;
  now?: Date;
}

/** The numbers the count writes, by address. */
export function tallyValues(t: LedgerTally, opts: Pick<FillOptions, 'sec4'>): Record<string, number> {
  return { ...sec3Values(t.applications), ...(opts.sec4 && t.cases ? sec4Values(t.cases) : {}) };
}

/** Cells the clerk filled (not computed totals) whose number the count would change. */
export function cellsToOverwrite(report: Pick<Report, 'cells' | 'autoTotals'>, values: Readonly<Record<string, number>>): string[] {
  const computed = computedAddresses(report);
  return Object.entries(values)
    .filter(([address, v]) => {
      const cell = report.cells[address];
      return !computed.has(address) && !!cell && cell.raw.trim() !== '' && cell.value !== v;
    })
    .map(([address]) => address);
}

/** The report with the count written in (a new object), remembering `mapping` for next year. */
export function fillFromLedger(report: Report, t: LedgerTally, mapping: LedgerMapping, sheetNames: readonly string[], opts: FillOptions): Report {
  const cells = { ...report.cells };
  for (const [address, v] of Object.entries(tallyValues(t, opts))) cells[address] = cellFromNumber(v);
  return { ...report, cells, ledger: { mapping, count: ledgerCount(t, sheetNames, opts) } };
}
