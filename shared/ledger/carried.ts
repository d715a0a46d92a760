/**
 * 上年结转 across the year boundary (docs/format.md §4.8): last year's 结转下年度 against the applications
 * this year's ledger counts as 上年结转. Last year's report says how many per column; when its tables were
 * counted from the ledger too it also says which applications, and the difference is named one by one.
 */
import { SEC3_APPLICANT_COLS, SEC3_COLUMNS, sec3Address } from '../schema/index.ts';
import type { LastYearBase, Report } from '../report/model.ts';
import type { ApplicationTally, CountedApplication } from './count.ts';
import type { CarriedApplication } from './record.ts';

/** What a report passes on to next year's: the applications its ledger count carried forward, per column. */
export function carriedForwardApplications(last: Pick<Report, 'ledger' | 'year'>): { carriedForwardApplications?: CarriedApplication[][] } {
  const count = last.ledger?.count;
  if (!count || count.year !== last.year) return {};
  return {
    carriedForwardApplications: SEC3_APPLICANT_COLS.map((c) =>
      (count.cells[sec3Address('carriedForward', c)] ?? []).map((i) => ({ number: count.entries[i]!.number, received: count.entries[i]!.received })),
    ),
  };
}

export interface CarryDifference {
  /** 0–5, or 6 for 总计. */
  column: number;
  columnName: string;
  /** Last year's 结转下年度继续办理 in this column. */
  lastYear: number;
  /** The ledger's 上年结转 in this column. */
  ledger: number;
  /** The ledger's 上年结转 applications of this column (indices into the tally's applications). */
  applications: number[];
  /** When last year's list is known: ledger applications it did not carry forward (indices). */
  notCarriedLastYear: number[];
  /** When last year's list is known: applications it carried that this ledger does not count as 上年结转 here, and where they are. */
  missing: (CarriedApplication & { why: string })[];
}

const key = (a: { number: string; received: string }) => (a.number ? `#${a.number.normalize('NFKC').replace(/\s+/g, '')}` : `@${a.received}`);

/** The columns where the ledger's 上年结转 differs from last year's 结转下年度, with the applications behind the difference. */
export function compareCarryOver(t: ApplicationTally, last: LastYearBase | null): CarryDifference[] {
  if (!last) return [];
  const out: CarryDifference[] = [];
  const ledgerOf = (c: number) => t.cells[sec3Address('carriedOver', c)] ?? [];
  const lists = last.carriedForwardApplications;
  const columns = [...SEC3_APPLICANT_COLS, 6];
  for (const c of columns) {
    const expected = last.carriedForward[c];
    const apps = c === 6 ? SEC3_APPLICANT_COLS.flatMap(ledgerOf).sort((a, b) => a - b) : ledgerOf(c);
    if (expected === null || expected === undefined) continue;
    const diff: CarryDifference = { column: c, columnName: SEC3_COLUMNS[c]!, lastYear: expected, ledger: apps.length, applications: apps, notCarriedLastYear: [], missing: [] };
    if (lists) {
      const carried = c === 6 ? lists.flat() : (lists[c] ?? []);
      const known = new Set(carried.map(key));
      const here = new Set(apps.map((i) => key(t.applications[i] as CountedApplication)));
      diff.notCarriedLastYear = apps.filter((i) => !known.has(key(t.applications[i]!)));
      diff.missing = carried.filter((a) => !here.has(key(a))).map((a) => ({ ...a, why: whereIs(t, a) }));
    }
    // The same number of other applications is a difference too, when last year's list says so.
    if (expected !== apps.length || diff.notCarriedLastYear.length || diff.missing.length) out.push(diff);
  }
  return out;
}

/** Where an application last year carried forward is in this year's ledger, in the clerk's words. */
export function whereIs(t: ApplicationTally, a: CarriedApplication): string {
  const k = key(a);
  const counted = t.applications.find((x) => key(x) === k);
  if (counted) {
    return counted.into === 'carriedOver'
      ? `台账第 ${counted.row} 行计入“${SEC3_COLUMNS[counted.column]}”列（申请人类型“${counted.applicantText}”）`
      : `台账第 ${counted.row} 行的收到日期为 ${counted.received}，计入本年新收`;
  }
  const outside = t.outsideYear.find((x) => key({ number: x.number, received: x.received ?? '' }) === k);
  if (outside?.why === 'closedBefore') return `台账第 ${outside.row} 行记载 ${outside.closed} 已办结，即上年已办结，不应结转`;
  if (outside) return `台账第 ${outside.row} 行的收到日期为 ${outside.received}，晚于本年`;
  const left = t.leftOut.find((x) => key({ number: x.number, received: '' }) === k && x.number);
  if (left) return `台账第 ${left.row} 行未能计入：${left.reason}`;
  return '台账中没有找到这件申请';
}
